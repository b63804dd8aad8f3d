using System.Globalization;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Desktop.Tray;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Tray;

public class TrayTextTests
{
    // The menu item's words are defined once, in MenuText; a tray text that tells the user which item to choose
    // must quote them exactly, in each language.
    public static TheoryData<string, LocalizedText> TextsNamingTheMenuItem => new()
    {
        { nameof(TrayText.RecentExportsWindow) + "." + nameof(TrayText.RecentExportsWindow.Empty), TrayText.RecentExportsWindow.Empty },
        { nameof(PackageRegistrationText) + "." + nameof(PackageRegistrationText.NotTrusted), PackageRegistrationText.NotTrusted },
        { nameof(PackageRegistrationText) + "." + nameof(PackageRegistrationText.BlockedByPolicy), PackageRegistrationText.BlockedByPolicy },
        { nameof(PackageRegistrationText) + "." + nameof(PackageRegistrationText.NotSupported), PackageRegistrationText.NotSupported },
        { nameof(PackageRegistrationText) + "." + nameof(PackageRegistrationText.Other), PackageRegistrationText.Other },
    };

    [Theory]
    [MemberData(nameof(TextsNamingTheMenuItem))]
    public void A_text_naming_the_menu_item_quotes_its_words_in_each_language(string name, LocalizedText text)
    {
        Assert.True(text.Danish.Contains("\"" + MenuText.Label(CultureInfo.GetCultureInfo("da-DK")) + "\"", StringComparison.Ordinal), name);
        Assert.True(text.English.Contains("\"" + MenuText.Label(CultureInfo.GetCultureInfo("en-GB")) + "\"", StringComparison.Ordinal), name);
    }

    [Fact]
    public void The_tooltip_fits_the_notify_icon_limit()
    {
        Assert.True(TrayText.TrayTooltip.Danish.Length <= 63);
        Assert.True(TrayText.TrayTooltip.English.Length <= 63);
    }

    [Fact]
    public void The_window_language_follows_the_display_language()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
            Assert.Equal("Seneste eksporter – AltIdShell", TrayText.RecentExportsWindow.Title.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("Recent exports – AltIdShell", TrayText.RecentExportsWindow.Title.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>What a keyboard user reaches with Alt and a letter (tests/ui/tray-ui-test.sh presses several).</summary>
    private static readonly (string Name, LocalizedText Text)[] Commands =
    {
        ("menu: export", TrayText.Menu.Export),
        ("menu: export from the store", TrayText.Menu.ExportFromStore),
        ("menu: show all", TrayText.Menu.ShowAll),
        ("menu: start with Windows", TrayText.Menu.StartWithWindows),
        ("menu: about", TrayText.Menu.About),
        ("menu: exit", TrayText.Menu.Exit),
        ("password", TrayText.PasswordDialog.Password),
        ("show password", TrayText.PasswordDialog.ShowPassword),
        ("use for the remaining files", TrayText.PasswordDialog.UseForRemaining),
        ("export", TrayText.PasswordDialog.Export),
        ("keep both", TrayText.ExistingFileDialog.KeepBoth),
        ("replace", TrayText.ExistingFileDialog.Replace),
        ("open folder", TrayText.RecentExportsWindow.OpenFolder),
        ("copy path", TrayText.RecentExportsWindow.CopyPath),
        ("copy file", TrayText.RecentExportsWindow.CopyFile),
        ("copy fingerprint", TrayText.RecentExportsWindow.CopyFingerprint),
        ("remove", TrayText.RecentExportsWindow.Remove),
        ("open the register", TrayText.RecentExportsWindow.OpenRegister),
        ("close", TrayText.Buttons.Close),
        ("show all certificates", TrayText.StoreCertificatesWindow.ShowAll),
        ("export from the store", TrayText.StoreCertificatesWindow.Export),
        ("copy the check", TrayText.CertificateCheckWindow.Copy),
    };

    [Fact]
    public void Every_command_has_an_access_key() =>
        Assert.Empty(Commands.Where(c => TextCatalogue.AccessKey(c.Text.Danish) == null || TextCatalogue.AccessKey(c.Text.English) == null).Select(c => c.Name));

    [Fact]
    public void The_file_dialog_offers_exactly_the_certificate_extensions()
    {
        Assert.Equal("Certifikatfiler (*.p12;*.pfx)|*.p12;*.pfx", TrayText.PickerFilter.Danish);
        Assert.Equal("Certificate files (*.p12;*.pfx)|*.p12;*.pfx", TrayText.PickerFilter.English);
    }

    [Fact]
    public void The_stop_reminding_question_names_the_certificate_and_its_file_escaped()
    {
        var certificate = Reminders.SampleCertificates.Expiring(20, name: "Kommunens \u202Esystem\u001B[2K", outputPath: @"C:\Users\a\Kommunen.cer");
        var question = TrayText.ReminderStopQuestionFor(certificate);
        Assert.Contains(@"Testfirma ApS – Kommunens \u202Esystem\x1B[2K (C:\Users\a\Kommunen.cer)", question.Danish);
        Assert.StartsWith("Vil du stoppe påmindelserne", question.Danish);
        Assert.StartsWith("Stop the reminders", question.English);
        Assert.Contains(TrayText.UnknownOrganisation.English, TrayText.ReminderStopQuestionFor(certificate with { Organisation = null }).English);
    }
}

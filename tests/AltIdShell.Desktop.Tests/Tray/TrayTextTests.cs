using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Desktop.Tests.Tray;

public class TrayTextTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var p in typeof(TrayText).GetProperties(BindingFlags.Public | BindingFlags.Static))
            data.Add(p.Name);
        return data;
    }

    private static LocalizedText Get(string name) =>
        (LocalizedText)typeof(TrayText).GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{(\d+)[^}]*\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(x => x).ToArray();

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_text_exists_in_both_languages_with_the_same_placeholders(string name)
    {
        var text = Get(name);
        Assert.False(string.IsNullOrWhiteSpace(text.Danish));
        Assert.False(string.IsNullOrWhiteSpace(text.English));
        Assert.Equal(Placeholders(text.English), Placeholders(text.Danish));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void At_most_one_keyboard_accelerator_per_text(string name)
    {
        var text = Get(name);
        Assert.True(Regex.Matches(text.Danish.Replace("&&", ""), "&").Count <= 1);
        Assert.True(Regex.Matches(text.English.Replace("&&", ""), "&").Count <= 1);
    }

    /// <summary>The texts that share one window or menu, where an access key may be used only once.</summary>
    public static TheoryData<string, string[]> Windows() => new()
    {
        { "password dialog", new[] { nameof(TrayText.PasswordLabel), nameof(TrayText.PasswordShow), nameof(TrayText.PasswordUseForRemaining), nameof(TrayText.ButtonExport) } },
        { "existing file", new[] { nameof(TrayText.ConflictKeepBoth), nameof(TrayText.ConflictReplace) } },
        { "tray menu", new[] { nameof(TrayText.MenuExport), nameof(TrayText.MenuShowAll), nameof(TrayText.MenuStartWithWindows), nameof(TrayText.MenuAbout), nameof(TrayText.MenuExit) } },
        { "recent exports", new[] { nameof(TrayText.ActionOpenFolder), nameof(TrayText.ActionCopyPath), nameof(TrayText.ActionCopyFile), nameof(TrayText.ActionCopyFingerprint), nameof(TrayText.ActionRemove), nameof(TrayText.ActionOpenRegister), nameof(TrayText.ButtonClose) } },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Access_keys_are_unique_within_each_window(string window, string[] names)
    {
        foreach (var language in new Func<LocalizedText, string>[] { t => t.Danish, t => t.English })
        {
            var keys = names.Select(n => Regex.Match(language(Get(n)), "&(.)")).ToArray();
            Assert.All(keys, k => Assert.True(k.Success, window + ": every item has an access key"));
            var letters = keys.Select(k => char.ToLowerInvariant(k.Groups[1].Value[0])).ToArray();
            Assert.True(letters.Distinct().Count() == letters.Length, window + ": " + new string(letters));
        }
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
            Assert.Equal("Seneste eksporter – AltIdShell", TrayText.RecentTitle.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("Recent exports – AltIdShell", TrayText.RecentTitle.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData(CertificateEnvironment.Production, "Produktion", "Production")]
    [InlineData(CertificateEnvironment.Test, "Test", "Test")]
    [InlineData(CertificateEnvironment.Unknown, "Ukendt miljø", "Unknown environment")]
    public void Environments_have_words(CertificateEnvironment environment, string danish, string english)
    {
        Assert.Equal(danish, TrayText.Environment(environment).Danish);
        Assert.Equal(english, TrayText.Environment(environment).English);
    }

    [Fact]
    public void The_file_dialog_offers_exactly_the_certificate_extensions()
    {
        Assert.Equal("Certifikatfiler (*.p12;*.pfx)|*.p12;*.pfx", TrayText.PickerFilter.Danish);
        Assert.Equal("Certificate files (*.p12;*.pfx)|*.p12;*.pfx", TrayText.PickerFilter.English);
    }
}

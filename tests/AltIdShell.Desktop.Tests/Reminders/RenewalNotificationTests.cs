using System.Globalization;
using System.Xml.Linq;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Notifications;
using AltIdShell.Desktop.Reminders;
using static AltIdShell.Desktop.Tests.Reminders.SampleCertificates;

namespace AltIdShell.Desktop.Tests.Reminders;

public class RenewalNotificationTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void The_reminder_says_who_when_and_what_to_do_in_danish_and_english()
    {
        var reminder = new RenewalReminder(Expiring(30.5), 30, 30);
        Assert.Equal(
            "Testfirma ApS – Testfirma systemcertifikat udløber om 30 dage. Forny det i MitID Erhverv, eksportér det nye, og upload det i AltIDs modtagerregister.",
            reminder.Text.For(Danish));
        Assert.Equal(
            "Testfirma ApS – Testfirma systemcertifikat expires in 30 days. Renew it in MitID Erhverv, export the new one and upload it to the AltID recipient register.",
            reminder.Text.For(English));
    }

    [Fact]
    public void The_toast_has_a_button_to_the_register_and_one_that_stops_reminding_about_this_certificate()
    {
        var reminder = new RenewalReminder(Expiring(7.5, outputPath: @"C:\Users\a\Testfirma.cer"), 7, 7);
        var toast = XElement.Parse(ToastXml.Build(RenewalNotification.For(reminder, Danish)));
        var actions = toast.Descendants("action").ToList();
        Assert.Equal(new[] { "Åbn modtagerregistret", "Mind mig ikke om det igen" }, actions.Select(a => (string)a.Attribute("content")!));
        Assert.Equal(AltIdRegister.Address, (string)actions[0].Attribute("arguments")!);
        Assert.True(ActivationUri.TryParse((string)actions[1].Attribute("arguments")!, out var command));
        Assert.Equal(ActivationAction.StopReminding, command!.Action);
        Assert.Equal(@"C:\Users\a\Testfirma.cer", command.Path);
        Assert.Contains(toast.Descendants("text"), t => t.Value.StartsWith("Testfirma ApS – Testfirma systemcertifikat udløber om 7 dage.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_name_with_markup_stays_text_in_the_toast()
    {
        var reminder = new RenewalReminder(Expiring(7.5, name: "<action arguments=\"altidshell:x\"/>"), 7, 7);
        var toast = XElement.Parse(ToastXml.Build(RenewalNotification.For(reminder, English)));
        Assert.Equal(2, toast.Descendants("action").Count());
    }

    [Fact]
    public void The_balloon_carries_the_whole_reminder_within_windows_limits()
    {
        var balloon = BalloonText.For(RenewalNotification.For(new RenewalReminder(Expiring(60.5), 60, 60), English));
        Assert.Equal("Certificate due for renewal", balloon.Title);
        Assert.StartsWith("Testfirma ApS – Testfirma systemcertifikat expires in 60 days.", balloon.Text, StringComparison.Ordinal);
        Assert.True(balloon.Text.Length <= BalloonText.MaxTextLength);
    }

    [Theory]
    [InlineData(1, "udløber om 1 dag.", "expires in 1 day.")]
    [InlineData(0, "udløber i dag.", "expires today.")]
    public void The_last_days_read_as_a_person_would_say_them(int daysLeft, string danish, string english)
    {
        var reminder = new RenewalReminder(Expiring(daysLeft + 0.5), 7, daysLeft);
        Assert.Contains(danish, reminder.Text.For(Danish), StringComparison.Ordinal);
        Assert.Contains(english, reminder.Text.For(English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_without_an_organisation_is_named_as_such()
    {
        var certificate = Expiring(30.5);
        var reminder = new RenewalReminder(new AltIdShell.Desktop.Recent.RecentExport(certificate.OutputPath, certificate.SourcePath, null,
            certificate.Cvr, certificate.CertificateName, certificate.NotAfter, certificate.Environment, certificate.Kind,
            certificate.Sha256Fingerprint, certificate.ExportedAt), 30, 30);
        Assert.StartsWith("Ukendt organisation – Testfirma systemcertifikat udløber", reminder.Text.For(Danish), StringComparison.Ordinal);
        Assert.StartsWith("Unknown organisation – Testfirma systemcertifikat expires", reminder.Text.For(English), StringComparison.Ordinal);
    }
}

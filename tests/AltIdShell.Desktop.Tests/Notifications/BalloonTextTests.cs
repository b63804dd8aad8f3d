using System.Globalization;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Notifications;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Notifications;

public class BalloonTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    [Fact]
    public void Carries_the_same_lines_as_the_toast_verdict_first()
    {
        var balloon = BalloonText.For(ExportNotification.For(SampleResults.Result(), English, TestZones.Danish));
        Assert.Equal("Ready for AltID: Testfirma.cer", balloon.Title);
        Assert.Equal("Suitable for the AltID recipient register: issued by the Danish state's OCES CA (signature verified), not revoked (OCSP).\n"
            + "Testfirma A/S (CVR 12345678)\nAltID system\nValid until 2029-06-30 · Production", balloon.Text);
        Assert.Equal(NotificationIcon.Information, balloon.Icon);
    }

    [Fact]
    public void Fits_Windows_limits_and_keeps_warnings()
    {
        var summary = SampleResults.Summary(name: new string('n', 300), warnings: new[] { CertificateWarning.Expired });
        var balloon = BalloonText.For(ExportNotification.For(SampleResults.Result(@"C:\" + new string('f', 100) + ".cer", summary: summary), English, TestZones.Danish));
        Assert.True(balloon.Title.Length <= BalloonText.MaxTitleLength);
        Assert.True(balloon.Text.Length <= BalloonText.MaxTextLength);
        Assert.EndsWith("…", balloon.Title);
        Assert.Equal(NotificationIcon.Error, balloon.Icon);
    }

    [Fact]
    public void A_long_notification_is_cut_after_the_verdict_never_before_it()
    {
        var summary = SampleResults.Summary(organisation: new string('o', 300), warnings: new[] { CertificateWarning.Expired, CertificateWarning.EmployeeCertificate });
        var notification = ExportNotification.For(SampleResults.Result(summary: summary), Danish, TestZones.Danish);

        var balloon = BalloonText.For(notification);

        Assert.StartsWith("Ikke egnet til AltIDs modtagerregister.\n", balloon.Text);
        Assert.Equal(BalloonText.MaxTextLength, balloon.Text.Length);
    }

    [Theory]
    [InlineData(CertificateWarning.TestCertificate, NotificationIcon.Warning)]
    [InlineData(CertificateWarning.EmployeeCertificate, NotificationIcon.Error)]
    [InlineData(CertificateWarning.ExpiresSoon, NotificationIcon.Information)]
    public void The_icon_follows_the_verdict_and_a_test_certificate_gets_no_stop_sign(CertificateWarning reason, NotificationIcon icon) =>
        Assert.Equal(icon, BalloonText.For(ExportNotification.For(SampleResults.Result(summary: SampleResults.Summary(warnings: reason)), Danish, TestZones.Danish)).Icon);
}

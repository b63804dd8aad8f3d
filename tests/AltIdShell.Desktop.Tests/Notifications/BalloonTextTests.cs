using System.Globalization;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Notifications;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Notifications;

public class BalloonTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Carries_the_same_lines_as_the_toast()
    {
        var balloon = BalloonText.For(ExportNotification.For(SampleResults.Result(), English));
        Assert.Equal("Public key saved: Testfirma.cer", balloon.Title);
        Assert.Equal("Testfirma A/S (CVR 12345678)\nAltID system\nValid until 2029-06-30 · Production", balloon.Text);
        Assert.False(balloon.HasWarnings);
    }

    [Fact]
    public void Fits_Windows_limits_and_keeps_warnings()
    {
        var summary = SampleResults.Summary(name: new string('n', 300), warnings: new[] { CertificateWarning.Expired });
        var balloon = BalloonText.For(ExportNotification.For(SampleResults.Result(@"C:\" + new string('f', 100) + ".cer", summary: summary), English));
        Assert.True(balloon.Title.Length <= BalloonText.MaxTitleLength);
        Assert.True(balloon.Text.Length <= BalloonText.MaxTextLength);
        Assert.EndsWith("…", balloon.Title);
        Assert.True(balloon.HasWarnings);
    }
}

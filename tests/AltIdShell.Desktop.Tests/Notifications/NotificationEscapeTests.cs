using System.Globalization;
using AltIdShell.Desktop.Notifications;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Notifications;

/// <summary>A bidi override or control character from a certificate or a file name is shown as its code in the toast and the balloon.</summary>
public sealed class NotificationEscapeTests
{
    [Fact]
    public void A_right_to_left_override_cannot_disguise_the_organisation_or_the_file_name()
    {
        var summary = SampleResults.Summary(organisation: "\u202ES/A tibmoK", name: "Navn\u001B[8m");
        var result = SampleResults.Result(outputPath: "/home/a/\u202Erec.exe", summary: summary);

        var notification = ExportNotification.For(result, CultureInfo.GetCultureInfo("da-DK"), TestZones.Danish);
        var balloon = BalloonText.For(notification);

        var shown = notification.Title + string.Join("\n", notification.Lines) + balloon.Title + balloon.Text;
        Assert.DoesNotContain('\u202E', shown);
        Assert.DoesNotContain('\u001B', shown);
        Assert.Contains("\\u202ES/A tibmoK", notification.Lines[0]);
        Assert.Contains("Navn\\x1B[8m", notification.Lines[1]);
        Assert.Contains("\\u202Erec.exe", notification.Title);
    }
}

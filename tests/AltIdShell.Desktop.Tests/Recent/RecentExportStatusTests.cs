using System.Globalization;
using AltIdShell.Desktop.Recent;
using AltIdShell.TestSupport;
using static AltIdShell.Desktop.Tests.Reminders.SampleCertificates;

namespace AltIdShell.Desktop.Tests.Recent;

public class RecentExportStatusTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static RecentExportStatus Status(RecentExport entry, params RecentExport[] others) =>
        RecentExportStatus.For(entry, others.Append(entry).ToList(), TestClock.Now);

    [Theory]
    [InlineData(400.5, RecentExportStatusKind.Valid, "Gyldig", "Valid")]
    [InlineData(60.5, RecentExportStatusKind.ExpiresSoon, "Udløber om 60 dage", "Expires in 60 days")]
    [InlineData(1.5, RecentExportStatusKind.ExpiresSoon, "Udløber om 1 dag", "Expires in 1 day")]
    [InlineData(0.5, RecentExportStatusKind.ExpiresSoon, "Udløber i dag", "Expires today")]
    [InlineData(-0.5, RecentExportStatusKind.Expired, "Udløbet", "Expired")]
    public void The_status_says_how_long_the_certificate_has_left(double daysLeft, RecentExportStatusKind kind, string danish, string english)
    {
        var status = Status(Expiring(daysLeft));
        Assert.Equal(kind, status.Kind);
        Assert.Equal(danish, status.Text.For(Danish));
        Assert.Equal(english, status.Text.For(English));
    }

    [Fact]
    public void A_renewed_certificate_marks_the_old_one_superseded_even_once_expired()
    {
        var renewed = Expiring(1000, sha256: "BB");
        var status = Status(Expiring(-3, sha256: "AA"), renewed);
        Assert.Equal(RecentExportStatusKind.Superseded, status.Kind);
        Assert.Equal("Erstattet af et nyere", status.Text.For(Danish));
        Assert.Equal("Superseded by a newer one", status.Text.For(English));
        Assert.Equal(RecentExportStatusKind.Valid, Status(renewed, Expiring(-3, sha256: "AA")).Kind);
    }
}

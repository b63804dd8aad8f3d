using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Recent;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Reminders;

/// <summary>Lines of the recent list for reminder tests, expiring a given number of days after <see cref="TestClock.Now"/>.</summary>
internal static class SampleCertificates
{
    public static RecentExport Expiring(double daysFromNow, string sha256 = "AA", string? cvr = "12345678",
        string name = "Testfirma systemcertifikat", CertificateKind kind = CertificateKind.Oces3OrganisationOrSystem,
        string outputPath = "/home/a/Testfirma.cer") =>
        new(outputPath, "/home/a/Testfirma.p12", "Testfirma ApS", cvr, name, TestClock.Now.AddDays(daysFromNow),
            CertificateEnvironment.Production, kind, sha256, TestClock.Now.AddYears(-2));
}

using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;

namespace AltIdShell.TestSupport;

/// <summary>Export results as the engine describes them, for tests of what the tray does with them.</summary>
public static class SampleResults
{
    public static CertificateSummary Summary(
        string? organisation = "Testfirma A/S", string? cvr = "12345678", string name = "AltID system",
        CertificateEnvironment environment = CertificateEnvironment.Production, RevocationStatus revocation = RevocationStatus.Good,
        int daysUntilExpiry = 1000,
        params CertificateWarning[] warnings) =>
        new(organisation, cvr, name, "0A1B", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2029, 6, 30, 12, 0, 0, TimeSpan.Zero),
            "C=DK, O=Den Danske Stat, OU=Test - cti, CN=Den Danske Stat OCES udstedende-CA 1",
            "C=DK, O=" + organisation + ", CN=" + name,
            "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99",
            "AA:BB", CertificateKind.Oces3OrganisationOrSystem, environment, ValidityState.Valid, daysUntilExpiry,
            AltIdVerdict.From(issuerVerified: true, revocation, warnings));

    public static ExportResult Result(string outputPath = @"C:\Users\a\Testfirma.cer", ExportOutcome outcome = ExportOutcome.Written,
        CertificateSummary? summary = null) =>
        new(outputPath, outcome, summary ?? Summary());
}

using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>
/// The certificate summary as lines a person reads in a terminal: the verdict and its reasons first, then the details,
/// every value from the certificate escaped.
/// </summary>
internal static class SummaryPrinter
{
    /// <summary>The verdict sentence, then each reason, most serious first.</summary>
    public static void PrintVerdict(TextWriter output, CertificateSummary summary)
    {
        output.WriteLine(CertificateText.Verdict(summary).ToString());
        foreach (var reason in summary.AltId.Reasons)
            output.WriteLine(DisplayText.Escape(CliText.Warning.Format(CertificateWarningText.For(reason, summary)).ToString()));
    }

    /// <summary>Who the certificate is for, its validity and fingerprints, as aligned rows.</summary>
    public static void PrintDetails(TextWriter output, CertificateSummary summary)
    {
        var rows = new List<(LocalizedText Label, string? Value)>
        {
            (CertificateText.Organisation, summary.Organisation),
            (CertificateText.Cvr, summary.Cvr),
            (CertificateText.CertificateName, summary.CertificateName),
            (CertificateText.Kind, CertificateText.For(summary.Kind).ToString()),
            (CertificateText.Environment, CertificateText.For(summary.Environment).ToString()),
            (CertificateText.ValidFrom, Date(summary.NotBefore)),
            (CertificateText.ValidUntil, Date(summary.NotAfter)),
            (CertificateText.SerialNumber, summary.SerialNumber),
            (CertificateText.Issuer, summary.Issuer),
            (CertificateText.Sha256, summary.Sha256Fingerprint),
            (CertificateText.Sha1, summary.Sha1Fingerprint),
        };
        foreach (var (label, value) in rows.Where(r => r.Value != null))
            output.WriteLine("  {0,-17} {1}", label + ":", DisplayText.Escape(value!));
    }

    private static string Date(System.DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

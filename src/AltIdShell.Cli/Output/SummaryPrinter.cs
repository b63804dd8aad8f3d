using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>The certificate summary as aligned lines a person reads in a terminal, every value from the certificate escaped.</summary>
internal static class SummaryPrinter
{
    public static void Print(TextWriter output, CertificateSummary summary)
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
        foreach (var (label, value) in rows)
        {
            if (value != null)
                output.WriteLine("  {0,-17} {1}", label + ":", DisplayText.Escape(value));
        }
        foreach (var warning in summary.Warnings)
            output.WriteLine(DisplayText.Escape(CliText.Warning.Format(CertificateWarningText.For(warning, summary)).ToString()));
        output.WriteLine(CertificateText.Verdict(summary).ToString());
    }

    private static string Date(System.DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

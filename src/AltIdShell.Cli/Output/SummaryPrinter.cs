using System.Collections.Generic;
using System.IO;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>
/// The certificate summary as lines a person reads in a terminal: the verdict over the file's name and the reasons by
/// their weight first, then the details, every value from the certificate escaped and every time in local time.
/// </summary>
internal static class SummaryPrinter
{
    /// <summary>
    /// "Ikke egnet til AltID: Firma.cer", then what was verified for a certificate that suits a register, then each
    /// reason with its weight, most serious first; for a test certificate judged for production, how to judge it for test.
    /// </summary>
    public static void PrintVerdict(TextWriter output, CertificateSummary summary, string fileName, AltIdRegister register)
    {
        var verdict = summary.AltId;
        output.WriteLine(VerdictText.Headline(verdict.Kind, fileName).ToString());
        // An unsuitable certificate's reasons say why; the sentence would only repeat the headline.
        if (verdict.Kind != VerdictKind.Unsuitable)
            output.WriteLine(CertificateText.Verdict(summary).ToString());
        foreach (var reason in verdict.Reasons)
            output.WriteLine(DisplayText.Escape(VerdictText.Labelled(reason, summary).ToString()));
        if (verdict.Kind == VerdictKind.TestOnly && register == AltIdRegister.Production)
            output.WriteLine(CliText.TestRegisterHint.ToString());
    }

    /// <summary>Who the certificate is for, its validity and fingerprints, as aligned rows.</summary>
    public static void PrintDetails(TextWriter output, CertificateSummary summary, LocalTime time)
    {
        var rows = new List<(LocalizedText Label, string? Value)>
        {
            (CertificateText.Organisation, summary.Organisation),
            (CertificateText.Cvr, summary.Cvr),
            (CertificateText.CertificateName, summary.CertificateName),
            (CertificateText.Kind, CertificateText.For(summary.Kind).ToString()),
            (CertificateText.Environment, CertificateText.For(summary.Environment).ToString()),
            (CertificateText.ValidFrom, time.DateAndTime(summary.NotBefore).ToString()),
            (CertificateText.ValidUntil, time.DateAndTime(summary.NotAfter).ToString()),
            (CertificateText.SerialNumber, summary.SerialNumber),
            (CertificateText.Issuer, summary.Issuer),
            (CertificateText.Sha256, summary.Sha256Fingerprint),
            (CertificateText.Sha1, summary.Sha1Fingerprint),
        };
        foreach (var (label, value) in rows.Where(r => r.Value != null))
            Row(output, label, value!);
    }

    /// <summary>One aligned "  Label:  value" row; the value escaped.</summary>
    public static void Row(TextWriter output, LocalizedText label, string value) =>
        output.WriteLine("  {0,-17} {1}", label + ":", DisplayText.Escape(value));
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>
/// altid-export store list for a person: one row per certificate, its verdict, expiry, CVR, the SHA-1 thumbprint that
/// certmgr and PowerShell show (store export takes it, or its start), and its name, last because it is the longest.
/// </summary>
internal static class StoreListPrinter
{
    public static void Print(TextWriter output, StoreListing listing, IReadOnlyList<StoreCertificate> shown, LocalTime time)
    {
        if (shown.Count == 0)
        {
            output.WriteLine(CliText.StoreNone.ToString());
        }
        else
        {
            var rows = shown.Select(c => new[]
            {
                CertificateText.ShortVerdict(c.Summary.AltId.Kind).ToString(),
                time.Date(c.Summary.NotAfter),
                c.Summary.Cvr ?? "–",
                Fingerprint.Normalize(c.Summary.Sha1Fingerprint),
                Name(c),
            }).ToList();
            var header = new[] { CliText.StoreStatus, CertificateText.ValidUntil, CertificateText.Cvr, CliText.StoreThumbprint, CertificateText.CertificateName }
                .Select(t => t.ToString()).ToArray();
            var widths = Enumerable.Range(0, header.Length).Select(i => rows.Append(header).Max(r => r[i].Length)).ToArray();
            foreach (var row in rows.Prepend(header))
                output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))));
            output.WriteLine();
            output.WriteLine(CliText.StoreExportHint.ToString());
        }
        var hidden = listing.Certificates.Count - shown.Count;
        if (hidden > 0)
            output.WriteLine(CliText.StoreHidden.Format(hidden).ToString());
    }

    /// <summary>The certificate's name (or subject), with the machine's store named when it is there rather than the user's.</summary>
    private static string Name(StoreCertificate certificate)
    {
        var name = DisplayText.Escape(certificate.Summary.CertificateName);
        return certificate.Location == CertificateStoreLocation.CurrentUser ? name : name + " (" + certificate.StoreName + ")";
    }
}

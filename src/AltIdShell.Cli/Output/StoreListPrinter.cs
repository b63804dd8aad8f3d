using System.Collections.Generic;
using System.IO;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>altid-export store list for a person: per certificate its store, the AltID label, then the usual summary.</summary>
internal static class StoreListPrinter
{
    public static void Print(TextWriter output, StoreListing listing, IReadOnlyList<StoreCertificate> shown)
    {
        if (shown.Count == 0)
            output.WriteLine(CliText.StoreNone.ToString());
        foreach (var certificate in shown)
        {
            output.WriteLine("{0} – {1}", DisplayText.Escape(certificate.Summary.Organisation ?? certificate.Summary.Subject), DisplayText.Escape(certificate.Summary.CertificateName));
            output.WriteLine("  {0,-17} {1}", CliText.StoreLocation + ":", certificate.StoreName);
            output.WriteLine("  {0,-17} {1}", CliText.StoreStatus + ":", StoreCertificateRanking.Text(StoreCertificateRanking.Label(certificate.Summary)));
            SummaryPrinter.PrintVerdict(output, certificate.Summary);
            SummaryPrinter.PrintDetails(output, certificate.Summary);
            output.WriteLine();
        }
        var hidden = listing.Certificates.Count - shown.Count;
        if (hidden > 0)
            output.WriteLine(CliText.StoreHidden.Format(hidden).ToString());
    }
}

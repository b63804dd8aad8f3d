using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Store;

/// <summary>
/// How the store listing judges a certificate: which come first, which hide behind "show all", what label each gets.
/// The only place the listing looks at the certificate's verified verdict.
/// </summary>
public static class StoreCertificateRanking
{
    /// <summary>Shown without --all / "Show all": the certificates AltID asks for (OCES3 organisation/system).</summary>
    public static bool IsCandidate(CertificateSummary summary) => summary.Kind == CertificateKind.Oces3OrganisationOrSystem;

    public static StoreCertificateLabel Label(CertificateSummary summary) => summary.AltId.Kind switch
    {
        VerdictKind.Suitable => StoreCertificateLabel.Suitable,
        VerdictKind.TestOnly => StoreCertificateLabel.TestOnly,
        _ => StoreCertificateLabel.Unsuitable,
    };

    /// <summary>Lower sorts first: candidates, then by label (suitable, test only, unsuitable).</summary>
    public static int Rank(CertificateSummary summary) => (IsCandidate(summary) ? 0 : 10) + (int)Label(summary);

    /// <summary>The same words the recent list and the tray menu use for a verdict.</summary>
    public static LocalizedText Text(StoreCertificateLabel label) => CertificateText.ShortVerdict(label switch
    {
        StoreCertificateLabel.Suitable => VerdictKind.Suitable,
        StoreCertificateLabel.TestOnly => VerdictKind.TestOnly,
        _ => VerdictKind.Unsuitable,
    });
}

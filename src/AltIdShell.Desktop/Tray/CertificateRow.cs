using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Tray;

/// <summary>
/// A certificate as a row of the store window or the choice dialog, every field from the certificate escaped, with
/// what tells two certificates apart: the expiry and the start of the fingerprint.
/// </summary>
public static class CertificateRow
{
    /// <summary>Characters of the SHA-256 shown: eight bytes, enough to tell apart, short enough to see whole.</summary>
    public const int ShortFingerprintLength = 23;

    public static IReadOnlyList<LocalizedText> StoreColumns { get; } = new[]
    {
        CertificateText.Organisation, CertificateText.CertificateName, CertificateText.Cvr, TrayText.ColumnAltId,
        CertificateText.ValidUntil, CertificateText.Sha256, TrayText.ColumnStore,
    };

    public static IReadOnlyList<LocalizedText> ChoiceColumns { get; } = new[]
    {
        TrayText.ColumnAltId, CertificateText.CertificateName, CertificateText.Organisation, CertificateText.Cvr,
        CertificateText.ValidUntil, CertificateText.Sha256,
    };

    public static string[] StoreCells(CertificateSummary s, string storeName, LocalTime time) => new[]
    {
        s.Organisation ?? "", s.CertificateName, s.Cvr ?? "",
        StoreCertificateRanking.Text(StoreCertificateRanking.Label(s)).ToString(),
        time.Date(s.NotAfter), ShortFingerprint(s), storeName,
    }.Select(DisplayText.Escape).ToArray();

    public static string[] ChoiceCells(CertificateSummary s, LocalTime time) => new[]
    {
        CertificateText.ShortVerdict(s.AltId.Kind).ToString(), s.CertificateName, s.Organisation ?? "", s.Cvr ?? "",
        time.Date(s.NotAfter), ShortFingerprint(s),
    }.Select(DisplayText.Escape).ToArray();

    /// <summary>"AA:BB:CC:DD:EE:FF:00:11…"; the whole fingerprint is the row's tooltip.</summary>
    public static string ShortFingerprint(CertificateSummary s) => s.Sha256Fingerprint.Length <= ShortFingerprintLength
        ? s.Sha256Fingerprint : s.Sha256Fingerprint.Substring(0, ShortFingerprintLength) + "…";
}

using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Errors;

/// <summary>
/// Why a file is not the kind asked for, said after <see cref="ExportErrorText.NotPkcs12"/> or
/// <see cref="ExportErrorText.NotACertificate"/>: people pick the wrong file, and "it is already a certificate" helps
/// more than "bad ASN.1".
/// </summary>
internal static class FileReasonText
{
    public static LocalizedText Empty { get; } = new("filen er tom.", "the file is empty.");
    public static LocalizedText ZipArchive { get; } = new(
        "det er et ZIP-arkiv. Pak det ud, og vælg .p12-filen.",
        "it is a ZIP archive. Extract it and choose the .p12 file.");
    public static LocalizedText PrivateKeyPem { get; } = new(
        "den er i PEM-format. " + CertificateText.HoldsPrivateKey.Danish,
        "it is in PEM format. " + CertificateText.HoldsPrivateKey.English);
    public static LocalizedText PrivateKeyDer { get; } = new(
        "det er en privat nøgle i DER-format. " + CertificateText.HoldsPrivateKey.Danish,
        "it is a private key in DER format. " + CertificateText.HoldsPrivateKey.English);
    public static LocalizedText PemCertificate { get; } = new(
        "det er allerede et certifikat i PEM-format (den offentlige nøgle).",
        "it is already a certificate in PEM format (the public key).");
    public static LocalizedText TextFile { get; } = new("det er en tekstfil.", "it is a text file.");
    public static LocalizedText NotAPkcs12Structure { get; } = new(
        "indholdet er ikke en PKCS#12-struktur.",
        "its content is not a PKCS#12 structure.");
    public static LocalizedText DerCertificate { get; } = new(
        "det er allerede et certifikat (.cer, den offentlige nøgle).",
        "it is already a certificate (.cer, the public key).");
    public static LocalizedText UnknownPfxVersion { get; } = new("ukendt version.", "unknown version.");
    public static LocalizedText Pkcs12File { get; } = new(
        "det er en .p12/.pfx-fil med privat nøgle. Upload den aldrig; eksportér den offentlige nøgle i stedet.",
        "it is a .p12/.pfx file with a private key. Never upload it; export the public key instead.");
    public static LocalizedText NoCertificate { get; } = new("den indeholder intet certifikat.", "it contains no certificate.");
    public static LocalizedText NotACertificateContent { get; } = new(
        "indholdet er ikke et certifikat.",
        "its content is not a certificate.");
    public static LocalizedText MoreThanCertificates { get; } = new(
        "den indeholder andet end certifikater.",
        "it holds more than certificates.");
    public static LocalizedText BrokenLink { get; } = new(
        "det er et symbolsk link til noget, der ikke findes (et brudt link).",
        "it is a symbolic link to something that does not exist (a broken link).");
    public static LocalizedText Unreadable { get; } = new("den kunne ikke læses.", "it could not be read.");
}

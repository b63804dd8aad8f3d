using AltIdShell.Core.Text;

namespace AltIdShell.Core.Errors;

/// <summary>
/// The details named inside an error ("damaged (MAC length)", "file size is …"), in Danish and English, so a Danish
/// sentence carries no English words. The names of ASN.1 structures (PFX, SafeContents) are the same in both.
/// </summary>
internal static class ErrorDetail
{
    public static LocalizedText Pfx { get; } = new("PFX", "PFX");
    public static LocalizedText ContentInfo { get; } = new("ContentInfo", "ContentInfo");
    public static LocalizedText AuthenticatedSafe { get; } = new("AuthenticatedSafe", "AuthenticatedSafe");
    public static LocalizedText EncryptedData { get; } = new("EncryptedData", "EncryptedData");
    public static LocalizedText SafeContents { get; } = new("SafeContents", "SafeContents");
    public static LocalizedText SafeBag { get; } = new("SafeBag", "SafeBag");
    public static LocalizedText MacData { get; } = new("MacData", "MacData");
    public static LocalizedText FileSize { get; } = new("filstørrelsen", "file size");
    public static LocalizedText ContentParts { get; } = new("antallet af indholdsdele", "content parts");
    public static LocalizedText DerivationWork { get; } = new(
        "nøgleafledningernes samlede arbejde i hashblokke", "total key-derivation work in hash blocks");
    public static LocalizedText Bags { get; } = new("antallet af elementer (SafeBag)", "bags");
    public static LocalizedText NestedBagDepth { get; } = new("indlejringsdybden", "nested bag depth");
    public static LocalizedText Certificates { get; } = new("antallet af certifikater", "certificates");
    public static LocalizedText Iterations { get; } = new("antallet af iterationer", "iterations");
    public static LocalizedText Pbkdf2Iterations { get; } = new("antallet af PBKDF2-iterationer", "PBKDF2 iterations");
    public static LocalizedText MacIterations { get; } = new("antallet af MAC-iterationer", "MAC iterations");
    public static LocalizedText Pbkdf2KeyLength { get; } = new("PBKDF2-nøglelængden", "PBKDF2 key length");
    public static LocalizedText Pbes2IvLength { get; } = new("PBES2-IV-længden", "PBES2 IV length");
    public static LocalizedText MacLength { get; } = new("MAC-længden", "MAC length");
    public static LocalizedText EncryptedContentLength { get; } = new("længden af det krypterede indhold", "encrypted content length");
    public static LocalizedText PemBase64 { get; } = new("PEM-Base64", "PEM Base64");
    public static LocalizedText PemBlockWithoutEnd { get; } = new("PEM-blok uden END-linje", "PEM block without its END line");
    public static LocalizedText Certificate { get; } = new("X.509-certifikat", "X.509 certificate");
    public static LocalizedText CertificateBagWithoutCertificate { get; } = new(
        "et certifikatelement uden et gyldigt X.509-certifikat", "certificate bag without a valid X.509 certificate");
    public static LocalizedText CertificatesUnderAnotherPassword { get; } = new(
        "certifikaterne er krypteret med en anden adgangskode end filens ({0})",
        "certificates encrypted under another password than the file's ({0})");
}

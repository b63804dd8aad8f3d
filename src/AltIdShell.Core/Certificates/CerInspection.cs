using System.Linq;
using AltIdShell.Core.Export;

namespace AltIdShell.Core.Certificates;

/// <summary>What a certificate file holds, checked before it is uploaded to the AltID recipient register.</summary>
public sealed record CerInspection
{
    internal CerInspection(CertificateSummary summary, CertificateContainer container)
    {
        Summary = summary;
        Format = container.Encoding;
        CertificateCount = container.Certificates.Count;
        ContainsPrivateKey = container.ContainsPrivateKey;
        Kind = container.Kind;
        HasOtherData = container.HasOtherData;
        IsDerEncoded = container.Certificates.All(certificate => X509Parsing.IsDer(X509Parsing.Parse(certificate)));
    }

    /// <summary>The certificate an export would take: the leaf, or the one chosen by fingerprint.</summary>
    public CertificateSummary Summary { get; }
    /// <summary>DER for a binary file; PEM for text, with or without the PEM armour.</summary>
    public CerFormat Format { get; }
    public int CertificateCount { get; }
    /// <summary>True when the file also holds private key material: it must never be uploaded or shared.</summary>
    public bool ContainsPrivateKey { get; }
    /// <summary>A plain certificate file, or a PKCS#7 bundle (.p7b).</summary>
    public CertificateContainerKind Kind { get; }
    /// <summary>The file holds more than its certificates: text, other PEM blocks, or bytes after the certificate.</summary>
    public bool HasOtherData { get; }
    /// <summary>False when a certificate is spelled in BER (an export writes its DER form, with another fingerprint).</summary>
    public bool IsDerEncoded { get; }

    /// <summary>
    /// A plain DER file with the one certificate, no key and nothing else: the form the register asks for, whatever
    /// the verdict on its certificate.
    /// </summary>
    public bool IsUploadForm => !ContainsPrivateKey && !HasOtherData && CertificateCount == 1
        && Kind == CertificateContainerKind.Certificate && Format == CerFormat.Der && IsDerEncoded;
}

using AltIdShell.Core.Export;

namespace AltIdShell.Core.Certificates;

/// <summary>What a .cer file holds, checked before it is uploaded to the AltID recipient register.</summary>
public sealed class CerInspection
{
    public CerInspection(CertificateSummary summary, CerFormat format, int certificateCount, bool containsPrivateKey)
    {
        Summary = summary;
        Format = format;
        CertificateCount = certificateCount;
        ContainsPrivateKey = containsPrivateKey;
    }

    /// <summary>The first certificate in the file.</summary>
    public CertificateSummary Summary { get; }
    public CerFormat Format { get; }
    public int CertificateCount { get; }
    /// <summary>True when the file also holds private key material: it must never be uploaded or shared.</summary>
    public bool ContainsPrivateKey { get; }

    /// <summary>A DER file with the one certificate and no key: the form the register asks for, whatever the verdict on its certificate.</summary>
    public bool IsUploadForm => !ContainsPrivateKey && CertificateCount == 1 && Format == CerFormat.Der;
}

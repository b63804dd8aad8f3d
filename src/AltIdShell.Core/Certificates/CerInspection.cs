using AltIdShell.Core.Export;

namespace AltIdShell.Core.Certificates;

/// <summary>What a .cer file holds, checked before it is uploaded to the AltID recipient register.</summary>
public sealed class CerInspection
{
    public CerInspection(CertificateSummary summary, CerFormat format, int certificateCount, bool containsPrivateKey, bool holdsOtherData = false)
    {
        HoldsOtherData = holdsOtherData;
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
    /// <summary>
    /// True when the file holds more than its certificates and whitespace (say a raw key after a PEM certificate):
    /// what it is cannot be told, so it is not said to be free of a key.
    /// </summary>
    public bool HoldsOtherData { get; }

    /// <summary>A DER file with the one certificate, no key, and a certificate that suits AltID.</summary>
    public bool SuitsAltIdRegister => !ContainsPrivateKey && !HoldsOtherData && CertificateCount == 1 && Format == CerFormat.Der && Summary.SuitsAltId;
}

using X509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace AltIdShell.Core.Certificates;

/// <summary>Asks whether a certificate, already verified under its issuing CA, has been revoked.</summary>
internal interface IRevocationChecker
{
    RevocationAnswer Check(X509Certificate leaf, X509Certificate issuingCa);
}

using System;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Security.Certificates;
using X509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Checks that a leaf was signed by the anchor issuing CA whose subject equals its issuer, and that this CA's root is
/// an anchor too (OCES3 signs with RSASSA-PSS; the parameters come from the certificate's signature algorithm). Names
/// alone prove nothing: anyone can write "Den Danske Stat OCES udstedende-CA 1" into a certificate of their own.
/// </summary>
internal static class IssuerVerifier
{
    /// <summary>The issuing CA the leaf verifies under, or null when it does not chain to an anchor.</summary>
    public static X509Certificate? VerifiedIssuingCa(X509Certificate leaf, TrustAnchors anchors)
    {
        var issuingCa = anchors.WithSubject(leaf.IssuerDN);
        if (issuingCa is null || !SignedBy(leaf, issuingCa))
            return null;
        // The CA's signature under its root is constant, so TrustAnchorsTests proves it once; an issuing CA whose root
        // is not among the anchors is still not enough.
        return anchors.WithSubject(issuingCa.IssuerDN, except: issuingCa) != null ? issuingCa : null;
    }

    /// <summary>True when <paramref name="issuer"/>'s key verifies <paramref name="certificate"/>'s signature.</summary>
    public static bool SignedBy(X509Certificate certificate, X509Certificate issuer)
    {
        try
        {
            certificate.Verify(issuer.GetPublicKey());
            return true;
        }
        // Each is how BouncyCastle says "this signature is not that key's": wrong key, altered bytes, odd parameters,
        // or (CryptoException's DataLengthException) a signature numerically larger than another key's modulus.
        catch (Exception e) when (e is InvalidKeyException or SignatureException or CertificateException or CryptoException
            or SecurityUtilityException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}

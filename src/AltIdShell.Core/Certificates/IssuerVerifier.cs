using Org.BouncyCastle.Asn1;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Checks that a leaf was signed by the anchor issuing CA whose subject equals its issuer, and that this CA's root is
/// an anchor too (OCES3 signs with RSASSA-PSS; the parameters come from the certificate's signature algorithm). Names
/// alone prove nothing: anyone can write "Den Danske Stat OCES udstedende-CA 1" into a certificate of their own.
/// </summary>
internal static class IssuerVerifier
{
    /// <summary>The issuing CA the leaf verifies under, or null when it does not chain to an anchor.</summary>
    public static ParsedCertificate? VerifiedIssuingCa(ParsedCertificate leaf, TrustAnchors anchors)
    {
        var issuingCa = anchors.WithSubject(leaf.Issuer);
        if (issuingCa is null || !SignedBy(leaf, issuingCa))
            return null;
        // The CA's signature under its root is constant, so TrustAnchorsTests proves it once; an issuing CA whose root
        // is not among the anchors is still not enough.
        return anchors.WithSubject(issuingCa.Issuer, except: issuingCa) != null ? issuingCa : null;
    }

    /// <summary>True when <paramref name="issuer"/>'s key verifies <paramref name="certificate"/>'s signature.</summary>
    public static bool SignedBy(ParsedCertificate certificate, ParsedCertificate issuer)
    {
        var tbs = certificate.Structure.TbsCertificate;
        // The signed part names the algorithm too; a certificate whose two names differ is altered.
        return certificate.Structure.SignatureAlgorithm.Equals(tbs.Signature)
            && SignatureCheck.Verifies(issuer.RsaKey, tbs.Signature, tbs.GetEncoded(Asn1Encodable.Der), certificate.Structure.Signature);
    }
}

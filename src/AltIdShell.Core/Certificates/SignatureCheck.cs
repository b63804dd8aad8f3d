using System;
using AltIdShell.Core.Pkcs12;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Verifies RSA signatures: PKCS#1 v1.5 with SHA-1, SHA-256, SHA-384 or SHA-512, and RSASSA-PSS with its parameters,
/// from BouncyCastle's primitives chosen by OID. Never through its name-based factories (SignerUtilities,
/// PublicKeyFactory, DigestUtilities): they root every algorithm BouncyCastle has, and the native CLI's start-up grows
/// with its binary (issue 18). RSA only, because every OCES3 anchor key is RSA (and OCES3 signs with RSASSA-PSS): a
/// certificate or OCSP answer signed with any other kind of key can never chain to an anchor, so "not verified" is the
/// truth about it. Anything not verified, malformed parameters included, is false, never an exception.
/// </summary>
internal static class SignatureCheck
{
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string RsassaPss = "1.2.840.113549.1.1.10";
    private const string Sha1WithRsa = "1.2.840.113549.1.1.5";
    private const string Sha256WithRsa = "1.2.840.113549.1.1.11";
    private const string Sha384WithRsa = "1.2.840.113549.1.1.12";
    private const string Sha512WithRsa = "1.2.840.113549.1.1.13";

    /// <summary>True when <paramref name="key"/> verifies <paramref name="signature"/> over <paramref name="signed"/>.</summary>
    public static bool Verifies(RsaKeyParameters? key, AlgorithmIdentifier algorithm, byte[] signed, DerBitString signature)
    {
        if (key is null || signature.PadBits != 0)
            return false;
        try
        {
            var octets = signature.GetOctets();
            // RSA is only defined below the modulus; a larger value is another key's signature, not this one's.
            if (new BigInteger(1, octets).CompareTo(key.Modulus) >= 0)
                return false;
            var signer = Signer(algorithm, key);
            if (signer is null)
                return false;
            signer.Init(false, key);
            signer.BlockUpdate(signed, 0, signed.Length);
            return signer.VerifySignature(octets);
        }
        // Parameters that are not what their OID promises, or numbers out of range: not verified.
        catch (Exception e) when (e is ArgumentException or InvalidCastException or InvalidOperationException or ArithmeticException or CryptoException)
        {
            return false;
        }
    }

    /// <summary>
    /// The RSA key in <paramref name="info"/>, or null for any other kind of key. Built without BouncyCastle's
    /// probable-prime test of the modulus: that test guards keys of unknown origin, not keys that only ever verify
    /// (pinned anchors, and responders certified by them), and on the anchors it was most of an export's time.
    /// </summary>
    public static RsaKeyParameters? RsaKey(SubjectPublicKeyInfo info)
    {
        var algorithm = info.Algorithm.Algorithm.Id;
        if (algorithm is not (RsaEncryption or RsassaPss))
            return null;
        try
        {
            var rsa = RsaPublicKeyStructure.GetInstance(info.ParsePublicKey());
            RsaKeyParameters? key = null;
            Properties.WithThreadProperty(Properties.RsaMaxMRTests, "0", () => key = new RsaKeyParameters(false, rsa.Modulus, rsa.PublicExponent));
            return key;
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or System.IO.IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static ISigner? Signer(AlgorithmIdentifier algorithm, RsaKeyParameters key) => algorithm.Algorithm.Id switch
    {
        Sha1WithRsa => Pkcs1(Oids.Sha1),
        Sha256WithRsa => Pkcs1(Oids.Sha256),
        Sha384WithRsa => Pkcs1(Oids.Sha384),
        Sha512WithRsa => Pkcs1(Oids.Sha512),
        RsassaPss => Pss(algorithm.Parameters, key),
        _ => null,
    };

    private static ISigner Pkcs1(string digestOid) => new RsaDigestSigner(Digest(digestOid)!(), new DerObjectIdentifier(digestOid));

    // RFC 4055 section 3.1: the hash, MGF1 with its own hash, the salt length and trailer 1 (0xBC), all from the parameters.
    private static ISigner? Pss(Asn1Encodable? parameters, RsaKeyParameters key)
    {
        if (parameters is null)
            return null;
        var pss = RsassaPssParameters.GetInstance(parameters);
        if (!pss.MaskGenAlgorithm.Algorithm.Equals(PkcsObjectIdentifiers.IdMgf1) || pss.TrailerField.IntValueExact != 1)
            return null;
        var hash = Digest(pss.HashAlgorithm.Algorithm.Id);
        var mgfHash = Digest(AlgorithmIdentifier.GetInstance(pss.MaskGenAlgorithm.Parameters).Algorithm.Id);
        var saltLength = pss.SaltLength.IntValueExact;
        // PssSigner allocates the salt up front: no salt longer than the modulus, which no signature could hold.
        if (hash is null || mgfHash is null || saltLength < 0 || saltLength > (key.Modulus.BitLength + 7) / 8)
            return null;
        return new PssSigner(new RsaEngine(), hash(), mgfHash(), saltLength, PssSigner.TrailerImplicit);
    }

    private static Func<IDigest>? Digest(string oid) => oid is Oids.Sha1 or Oids.Sha256 or Oids.Sha384 or Oids.Sha512 ? Digests.ForDigestOid(oid) : null;
}

using System;
using System.Linq;
using AltIdShell.Core.Pkcs12;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Verifies RSA signatures (RFC 8017): PKCS#1 v1.5 with SHA-1, SHA-256, SHA-384 or SHA-512, and RSASSA-PSS with the
/// parameters it names, chosen by OID. RSA only, because every OCES3 anchor key is RSA (and OCES3 signs with
/// RSASSA-PSS): a certificate or OCSP answer signed with any other kind of key can never chain to an anchor, so "not
/// verified" is the truth about it. Anything not verified, malformed parameters included, is false, never an exception.
/// Built from BouncyCastle's digests, MGF1 and big integers, not its signers nor its name-based factories: PssSigner
/// and RsaDigestSigner reach SecureRandom and through it DigestUtilities, which roots every digest BouncyCastle has,
/// and the native CLI's start-up grows with its binary (issue 18).
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
    public static bool Verifies(RsaPublicKeyStructure? key, AlgorithmIdentifier algorithm, byte[] signed, DerBitString signature)
    {
        if (key is null || signature.PadBits != 0)
            return false;
        try
        {
            var octets = signature.GetOctets();
            // Exactly as long as the modulus (RFC 8017 8.2.2 step 1): read as a number, a zero put in front would pass,
            // and so would copies of a genuine certificate with other fingerprints.
            if (octets.Length != (key.Modulus.BitLength + 7) / 8)
                return false;
            var s = new BigInteger(1, octets);
            // RSA is only defined below the modulus; a larger value is another key's signature, not this one's.
            if (s.CompareTo(key.Modulus) >= 0)
                return false;
            var m = s.ModPow(key.PublicExponent, key.Modulus);
            return algorithm.Algorithm.Id switch
            {
                Sha1WithRsa => Pkcs1(m, key, Oids.Sha1, signed),
                Sha256WithRsa => Pkcs1(m, key, Oids.Sha256, signed),
                Sha384WithRsa => Pkcs1(m, key, Oids.Sha384, signed),
                Sha512WithRsa => Pkcs1(m, key, Oids.Sha512, signed),
                RsassaPss => Pss(m, key, algorithm.Parameters, signed),
                _ => false,
            };
        }
        // Parameters that are not what their OID promises, or numbers out of range: not verified.
        catch (Exception e) when (e is ArgumentException or InvalidCastException or InvalidOperationException or ArithmeticException or CryptoException)
        {
            return false;
        }
    }

    /// <summary>
    /// The RSA key in <paramref name="info"/>, or null for any other kind of key. Used as it is, not as BouncyCastle's
    /// RsaKeyParameters: their probable-prime test of the modulus guards keys of unknown origin, not keys that only ever
    /// verify (pinned anchors, and responders certified by them), and on the anchors it was most of an export's time.
    /// </summary>
    public static RsaPublicKeyStructure? RsaKey(SubjectPublicKeyInfo info)
    {
        var algorithm = info.Algorithm.Algorithm.Id;
        if (algorithm is not (RsaEncryption or RsassaPss))
            return null;
        try
        {
            var key = RsaPublicKeyStructure.GetInstance(info.ParsePublicKey());
            return key.Modulus.SignValue > 0 && key.PublicExponent.SignValue > 0 ? key : null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or System.IO.IOException or InvalidOperationException)
        {
            return null;
        }
    }

    // RFC 8017 section 8.2.2: the recovered block must equal the encoding of the message's hash, DigestInfo's hash
    // parameters NULL or (as section 9.2 note 1 asks verifiers to accept) absent.
    private static bool Pkcs1(BigInteger m, RsaPublicKeyStructure key, string digestOid, byte[] signed)
    {
        var k = (key.Modulus.BitLength + 7) / 8;
        var recovered = BigIntegers.AsUnsignedByteArray(k, m);
        var hash = Digests.Hash(Digest(digestOid)!(), signed);
        var oid = new DerObjectIdentifier(digestOid);
        return Pkcs1Block(k, new DigestInfo(new AlgorithmIdentifier(oid, DerNull.Instance), hash)).SequenceEqual(recovered)
            || Pkcs1Block(k, new DigestInfo(new AlgorithmIdentifier(oid), hash)).SequenceEqual(recovered);
    }

    // 0x00 0x01, at least eight 0xFF, 0x00, DigestInfo.
    private static byte[] Pkcs1Block(int k, DigestInfo digestInfo)
    {
        var t = digestInfo.GetEncoded(Asn1Encodable.Der);
        if (k < t.Length + 11)
            return Array.Empty<byte>();
        var block = new byte[k];
        block[1] = 0x01;
        block.AsSpan(2, k - t.Length - 3).Fill(0xFF);
        t.CopyTo(block, k - t.Length);
        return block;
    }

    // RFC 8017 section 9.1.2 (EMSA-PSS-VERIFY) with RFC 4055's parameters: the hash, MGF1 with its own hash, the salt
    // length and trailer 1 (0xBC).
    private static bool Pss(BigInteger m, RsaPublicKeyStructure key, Asn1Encodable? parameters, byte[] signed)
    {
        if (parameters is null)
            return false;
        var pss = RsassaPssParameters.GetInstance(parameters);
        if (!pss.MaskGenAlgorithm.Algorithm.Equals(PkcsObjectIdentifiers.IdMgf1) || pss.TrailerField.IntValueExact != 1)
            return false;
        var hash = Digest(pss.HashAlgorithm.Algorithm.Id);
        var mgfHash = AlgorithmIdentifier.GetInstance(pss.MaskGenAlgorithm.Parameters) is { } mgfHashAlgorithm ? Digest(mgfHashAlgorithm.Algorithm.Id) : null;
        if (hash is null || mgfHash is null)
            return false;
        var saltLength = pss.SaltLength.IntValueExact;
        var emBits = key.Modulus.BitLength - 1;
        var emLen = (emBits + 7) / 8;
        var hLen = hash().GetDigestSize();
        // The leftmost 8 * emLen - emBits bits of the encoded message are zero exactly when m fits in emBits bits.
        if (saltLength < 0 || saltLength > emLen - hLen - 2 || m.BitLength > emBits)
            return false;
        var em = BigIntegers.AsUnsignedByteArray(emLen, m);
        if (em[emLen - 1] != 0xBC)
            return false;
        var dbLength = emLen - hLen - 1;
        var h = em.AsSpan(dbLength, hLen).ToArray();
        var db = new byte[dbLength];
        var mgf = new Mgf1BytesGenerator(mgfHash());
        mgf.Init(new MgfParameters(h));
        mgf.GenerateBytes(db, 0, dbLength);
        for (var i = 0; i < dbLength; i++)
            db[i] ^= em[i];
        db[0] &= (byte)(0xFF >> ((8 * emLen) - emBits));
        var padding = dbLength - saltLength - 1;
        if (db.Take(padding).Any(b => b != 0) || db[padding] != 0x01)
            return false;
        var mPrime = new byte[8 + hLen + saltLength];
        Digests.Hash(hash(), signed).CopyTo(mPrime, 8);
        Array.Copy(db, dbLength - saltLength, mPrime, 8 + hLen, saltLength);
        return Digests.Hash(hash(), mPrime).SequenceEqual(h);
    }

    private static Func<IDigest>? Digest(string oid) => oid is Oids.Sha1 or Oids.Sha256 or Oids.Sha384 or Oids.Sha512 ? Digests.ForDigestOid(oid) : null;
}

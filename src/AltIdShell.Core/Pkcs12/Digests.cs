using System;
using System.Collections.Generic;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace AltIdShell.Core.Pkcs12;

/// <summary>Hash functions by the OIDs PKCS#12 MACs and PBKDF2 PRFs name them with.</summary>
internal static class Digests
{
    /// <summary>A factory for the digest, or null when we do not support it.</summary>
    public static Func<IDigest>? ForDigestOid(string oid) => oid switch
    {
        Oids.Sha1 => () => new Sha1Digest(),
        Oids.Sha224 => () => new Sha224Digest(),
        Oids.Sha256 => () => new Sha256Digest(),
        Oids.Sha384 => () => new Sha384Digest(),
        Oids.Sha512 => () => new Sha512Digest(),
        Oids.Md5 => () => new MD5Digest(),
        _ => null,
    };

    /// <summary>The digest of <paramref name="data"/>.</summary>
    public static byte[] Hash(IDigest digest, byte[] data)
    {
        digest.BlockUpdate(data, 0, data.Length);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return hash;
    }

    public static Func<IDigest>? ForHmacOid(string oid) => oid switch
    {
        Oids.HmacWithSha1 => () => new Sha1Digest(),
        Oids.HmacWithSha224 => () => new Sha224Digest(),
        Oids.HmacWithSha256 => () => new Sha256Digest(),
        Oids.HmacWithSha384 => () => new Sha384Digest(),
        Oids.HmacWithSha512 => () => new Sha512Digest(),
        _ => null,
    };

    /// <summary>
    /// An algorithm OID for an "unsupported" message: its name and the OID, so both a person and a search find it.
    /// The names cover what other tools write that we do not read (OpenSSL's BLAKE2, GOST, SM3, SHA-3, scrypt, GCM …);
    /// any other OID is named by its number alone.
    /// </summary>
    public static string Describe(string oid) => Names.TryGetValue(oid, out var name) ? $"{name} (OID {oid})" : "OID " + oid;

    private static readonly Dictionary<string, string> Names = new()
    {
        [Oids.SignedData] = "public-key integrity mode (signedData)",
        [Oids.EnvelopedData] = "public-key privacy mode (envelopedData)",
        [Oids.Pbmac1] = "PBMAC1",
        ["1.2.840.113549.1.5.3"] = "pbeWithMD5AndDES-CBC",
        ["1.2.840.113549.1.5.6"] = "pbeWithMD5AndRC2-CBC",
        ["1.2.840.113549.1.5.10"] = "pbeWithSHA1AndDES-CBC",
        ["1.2.840.113549.1.5.11"] = "pbeWithSHA1AndRC2-CBC",
        ["1.3.6.1.4.1.11591.4.11"] = "scrypt",
        ["1.2.840.113549.2.2"] = "MD2",
        ["1.2.840.113549.2.4"] = "MD4",
        ["1.2.840.113549.2.6"] = "HMAC-MD5",
        ["1.2.840.113549.2.12"] = "HMAC-SHA-512/224",
        ["1.2.840.113549.2.13"] = "HMAC-SHA-512/256",
        ["2.16.840.1.101.3.4.2.5"] = "SHA-512/224",
        ["2.16.840.1.101.3.4.2.6"] = "SHA-512/256",
        ["2.16.840.1.101.3.4.2.7"] = "SHA3-224",
        ["2.16.840.1.101.3.4.2.8"] = "SHA3-256",
        ["2.16.840.1.101.3.4.2.9"] = "SHA3-384",
        ["2.16.840.1.101.3.4.2.10"] = "SHA3-512",
        ["2.16.840.1.101.3.4.2.13"] = "HMAC-SHA3-224",
        ["2.16.840.1.101.3.4.2.14"] = "HMAC-SHA3-256",
        ["2.16.840.1.101.3.4.2.15"] = "HMAC-SHA3-384",
        ["2.16.840.1.101.3.4.2.16"] = "HMAC-SHA3-512",
        ["1.3.6.1.4.1.1722.12.2.1.16"] = "BLAKE2b-512",
        ["1.3.6.1.4.1.1722.12.2.2.8"] = "BLAKE2s-256",
        ["1.2.156.10197.1.401"] = "SM3",
        ["1.3.36.3.2.1"] = "RIPEMD-160",
        ["1.0.10118.3.0.55"] = "Whirlpool",
        ["1.2.643.2.2.9"] = "GOST R 34.11-94",
        ["1.2.643.2.2.10"] = "HMAC GOST R 34.11-94",
        ["1.2.643.7.1.1.2.2"] = "GOST R 34.11-2012 (256 bit)",
        ["1.2.643.7.1.1.2.3"] = "GOST R 34.11-2012 (512 bit)",
        ["1.2.643.7.1.1.4.1"] = "HMAC GOST R 34.11-2012 (256 bit)",
        ["1.2.643.7.1.1.4.2"] = "HMAC GOST R 34.11-2012 (512 bit)",
        ["1.3.14.3.2.7"] = "DES-CBC",
        ["1.2.840.113549.3.2"] = "RC2-CBC",
        ["2.16.840.1.101.3.4.1.6"] = "AES-128-GCM",
        ["2.16.840.1.101.3.4.1.26"] = "AES-192-GCM",
        ["2.16.840.1.101.3.4.1.46"] = "AES-256-GCM",
        ["1.2.156.10197.1.104.2"] = "SM4-CBC",
        ["1.2.392.200011.61.1.1.1.2"] = "Camellia-128-CBC",
        ["1.2.392.200011.61.1.1.1.4"] = "Camellia-256-CBC",
        ["1.2.410.200046.1.1.2"] = "ARIA-128-CBC",
        ["1.2.410.200046.1.1.12"] = "ARIA-256-CBC",
    };
}

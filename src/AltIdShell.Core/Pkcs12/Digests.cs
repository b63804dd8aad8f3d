using System;
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

    public static Func<IDigest>? ForHmacOid(string oid) => oid switch
    {
        Oids.HmacWithSha1 => () => new Sha1Digest(),
        Oids.HmacWithSha224 => () => new Sha224Digest(),
        Oids.HmacWithSha256 => () => new Sha256Digest(),
        Oids.HmacWithSha384 => () => new Sha384Digest(),
        Oids.HmacWithSha512 => () => new Sha512Digest(),
        _ => null,
    };

    /// <summary>A readable name for an algorithm OID in an "unsupported" message.</summary>
    public static string Describe(string oid) => oid switch
    {
        Oids.SignedData => "public-key integrity mode (signedData)",
        Oids.EnvelopedData => "public-key privacy mode (envelopedData)",
        Oids.Pbmac1 => "PBMAC1",
        "1.2.840.113549.1.5.3" => "pbeWithMD5AndDES-CBC",
        "1.2.840.113549.1.5.6" => "pbeWithMD5AndRC2-CBC",
        "1.2.840.113549.1.5.10" => "pbeWithSHA1AndDES-CBC",
        "1.2.840.113549.1.5.11" => "pbeWithSHA1AndRC2-CBC",
        "1.2.840.113549.2.2" => "MD2",
        "1.3.14.3.2.7" => "DES-CBC",
        "1.2.840.113549.3.2" => "RC2-CBC (PBES2)",
        _ => "OID " + oid,
    };
}

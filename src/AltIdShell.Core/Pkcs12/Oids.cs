namespace AltIdShell.Core.Pkcs12;

/// <summary>Object identifiers of PKCS#7, PKCS#12 (RFC 7292) and PKCS#5 (RFC 8018) that real .p12 files use.</summary>
internal static class Oids
{
    public const string Data = "1.2.840.113549.1.7.1";
    public const string SignedData = "1.2.840.113549.1.7.2";
    public const string EnvelopedData = "1.2.840.113549.1.7.3";
    public const string EncryptedData = "1.2.840.113549.1.7.6";

    public const string KeyBag = "1.2.840.113549.1.12.10.1.1";
    public const string Pkcs8ShroudedKeyBag = "1.2.840.113549.1.12.10.1.2";
    public const string CertBag = "1.2.840.113549.1.12.10.1.3";
    public const string SafeContentsBag = "1.2.840.113549.1.12.10.1.6";
    public const string X509Certificate = "1.2.840.113549.1.9.22.1";

    public const string LocalKeyId = "1.2.840.113549.1.9.21";

    public const string PbeWithShaAnd128BitRc4 = "1.2.840.113549.1.12.1.1";
    public const string PbeWithShaAnd40BitRc4 = "1.2.840.113549.1.12.1.2";
    public const string PbeWithShaAnd3KeyTripleDesCbc = "1.2.840.113549.1.12.1.3";
    public const string PbeWithShaAnd2KeyTripleDesCbc = "1.2.840.113549.1.12.1.4";
    public const string PbeWithShaAnd128BitRc2Cbc = "1.2.840.113549.1.12.1.5";
    public const string PbeWithShaAnd40BitRc2Cbc = "1.2.840.113549.1.12.1.6";

    public const string Pbes2 = "1.2.840.113549.1.5.13";
    public const string Pbkdf2 = "1.2.840.113549.1.5.12";
    public const string Pbmac1 = "1.2.840.113549.1.5.14";

    public const string HmacWithSha1 = "1.2.840.113549.2.7";
    public const string HmacWithSha224 = "1.2.840.113549.2.8";
    public const string HmacWithSha256 = "1.2.840.113549.2.9";
    public const string HmacWithSha384 = "1.2.840.113549.2.10";
    public const string HmacWithSha512 = "1.2.840.113549.2.11";

    public const string Aes128Cbc = "2.16.840.1.101.3.4.1.2";
    public const string Aes192Cbc = "2.16.840.1.101.3.4.1.22";
    public const string Aes256Cbc = "2.16.840.1.101.3.4.1.42";
    public const string DesEde3Cbc = "1.2.840.113549.3.7";

    public const string Md5 = "1.2.840.113549.2.5";
    public const string Sha1 = "1.3.14.3.2.26";
    public const string Sha224 = "2.16.840.1.101.3.4.2.4";
    public const string Sha256 = "2.16.840.1.101.3.4.2.1";
    public const string Sha384 = "2.16.840.1.101.3.4.2.2";
    public const string Sha512 = "2.16.840.1.101.3.4.2.3";
}

using System;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// PBMAC1 (RFC 8018 section 7.1) as the MAC of a PFX (RFC 9579), which OpenSSL 3.4 and later write: an HMAC over the
/// AuthenticatedSafe with a PBKDF2 key from the UTF-8 password. The key length must be stated and at least the
/// HMAC's output: a file may name a 1-byte key, and 256 guesses then forge its MAC without the password.
/// </summary>
internal sealed class Pbmac1Mac : PasswordMac
{
    private readonly Pbkdf2Parameters _kdf;
    private readonly Func<IDigest> _hmacDigest;
    private readonly int _keyBytes;
    private readonly byte[] _mac;

    private Pbmac1Mac(Pbkdf2Parameters kdf, Func<IDigest> hmacDigest, int keyBytes, byte[] mac)
    {
        _kdf = kdf;
        _hmacDigest = hmacDigest;
        _keyBytes = keyBytes;
        _mac = mac;
    }

    public override long Cost => _kdf.Cost(_keyBytes);

    // The UTF-8 password only.
    public override int PasswordForms => 1;

    /// <summary>
    /// Reads PBMAC1-params, the parameters of MacData's algorithm, and takes the MAC value.
    /// </summary>
    public static Pbmac1Mac Read(AsnReader parameters, byte[] mac, Pkcs12Limits limits)
    {
        var pbmac1 = parameters.ReadSequence();
        var kdf = Pbkdf2Parameters.Read(pbmac1, "PBMAC1", limits);
        var scheme = pbmac1.ReadSequence();
        var schemeOid = scheme.ReadObjectIdentifier();
        var hmacDigest = Digests.ForHmacOid(schemeOid) ?? throw ExportErrors.UnsupportedAlgorithm("PBMAC1 " + Digests.Describe(schemeOid));
        var hmacBytes = hmacDigest().GetDigestSize();
        var keyBytes = kdf.KeyLength ?? throw ExportErrors.Pbmac1WithoutKeyLength();
        if (keyBytes < hmacBytes)
            throw ExportErrors.Pbmac1KeyTooShort(keyBytes, hmacBytes);
        if (mac.Length != hmacBytes)
            throw ExportErrors.Corrupt(ErrorDetail.MacLength);
        return new Pbmac1Mac(kdf, hmacDigest, keyBytes, mac);
    }

    // PBMAC1 settles the password string, not which legacy form a legacy-encrypted part uses; the usual form goes first.
    public override byte[]? FindPassword(Pkcs12Password passwords, byte[] authenticatedSafe, DerivationMeter meter) =>
        Verifies(passwords.Utf8, authenticatedSafe, meter) ? passwords.LegacyCandidates[0] : null;

    private bool Verifies(byte[] password, byte[] authenticatedSafe, DerivationMeter meter)
    {
        var hmac = new HMac(_hmacDigest());
        hmac.Init(new KeyParameter(_kdf.DeriveKey(password, _keyBytes, meter)));
        hmac.BlockUpdate(authenticatedSafe, 0, authenticatedSafe.Length);
        return Matches(hmac, _mac);
    }
}

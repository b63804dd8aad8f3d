using System;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// The PFX's MacData (RFC 7292 section 4): HMAC over the AuthenticatedSafe with a PKCS#12-KDF key, or, when its
/// algorithm is PBMAC1, the <see cref="Pbmac1Mac"/> it names.
/// </summary>
internal sealed class MacData : PasswordMac
{
    private readonly IteratedHash _kdfHash;
    private readonly Func<IDigest> _digest;
    private readonly byte[] _mac;
    private readonly byte[] _salt;

    private MacData(IteratedHash kdfHash, Func<IDigest> digest, byte[] mac, byte[] salt, int iterations)
    {
        _kdfHash = kdfHash;
        _digest = digest;
        _mac = mac;
        _salt = salt;
        Iterations = iterations;
    }

    public int Iterations { get; }

    public override long Cost => Pkcs12Kdf.Cost(_kdfHash, Iterations, _mac.Length);

    // The legacy forms of the password (Pkcs12Password.LegacyCandidates), tried in turn.
    public override int PasswordForms => 2;

    /// <summary>Reads MacData { DigestInfo { algorithm, mac }, macSalt, iterations DEFAULT 1 } to its end.</summary>
    public static PasswordMac Read(AsnReader pfx, Pkcs12Limits limits) => Asn1Structure.Read(ErrorDetail.MacData, () =>
    {
        var macData = pfx.ReadSequence();
        var digestInfo = macData.ReadSequence();
        var algorithm = digestInfo.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        var result = oid == Oids.Pbmac1
            ? ReadPbmac1(macData, digestInfo, algorithm, limits)
            : ReadHmac(macData, digestInfo, algorithm, oid, limits);
        digestInfo.ThrowIfNotEmpty();
        macData.ThrowIfNotEmpty();
        return result;
    });

    private static PasswordMac ReadHmac(AsnReader macData, AsnReader digestInfo, AsnReader algorithm, string oid, Pkcs12Limits limits)
    {
        var digest = Digests.ForDigestOid(oid) ?? throw ExportErrors.UnsupportedAlgorithm("MAC " + Digests.Describe(oid));
        var kdfHash = IteratedHash.ForDigestOid(oid)!;
        // The digest's parameters are NULL, or absent as some writers leave them.
        if (algorithm.HasData)
            algorithm.ReadNull();
        algorithm.ThrowIfNotEmpty();
        var mac = digestInfo.ReadOctetString();
        var salt = macData.ReadOctetString();
        var iterations = macData.HasData ? Asn1Values.ReadIterations(macData, ErrorDetail.MacIterations, limits.MaxIterations) : 1;
        if (mac.Length != digest().GetDigestSize())
            throw ExportErrors.Corrupt(ErrorDetail.MacLength);
        return new MacData(kdfHash, digest, mac, salt, iterations);
    }

    /// <summary>
    /// With PBMAC1, MacData's own macSalt and iterations are placeholders ("NOT USED", 1): the salt and count that
    /// count are PBKDF2's. They are read past, not checked, so that the structure still ends where it should.
    /// </summary>
    private static PasswordMac ReadPbmac1(AsnReader macData, AsnReader digestInfo, AsnReader algorithm, Pkcs12Limits limits)
    {
        var pbmac1 = Pbmac1Mac.Read(algorithm, digestInfo.ReadOctetString(), limits);
        algorithm.ThrowIfNotEmpty();
        macData.ReadOctetString();
        if (macData.HasData)
            macData.ReadInteger();
        return pbmac1;
    }

    /// <summary>The first password form that verifies the MAC, or null when none does (a wrong password).</summary>
    public override byte[]? FindPassword(Pkcs12Password passwords, byte[] authenticatedSafe, DerivationMeter meter)
    {
        foreach (var candidate in passwords.LegacyCandidates)
        {
            if (Verifies(candidate, authenticatedSafe, meter))
                return candidate;
        }
        return null;
    }

    private bool Verifies(byte[] password, byte[] authenticatedSafe, DerivationMeter meter)
    {
        var hmac = new HMac(_digest());
        hmac.Init(new KeyParameter(Pkcs12Kdf.MacKey(_kdfHash, password, _salt, Iterations, hmac.GetMacSize(), meter)));
        hmac.BlockUpdate(authenticatedSafe, 0, authenticatedSafe.Length);
        return Matches(hmac, _mac);
    }
}

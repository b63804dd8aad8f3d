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

    public override long Cost => Iterations;

    public static PasswordMac Read(AsnReader pfx, Pkcs12Limits limits)
    {
        var macData = pfx.ReadSequence();
        var digestInfo = macData.ReadSequence();
        var algorithm = digestInfo.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        if (oid == Oids.Pbmac1)
            return Pbmac1Mac.Read(algorithm, digestInfo.ReadOctetString(), limits);
        var digest = Digests.ForDigestOid(oid) ?? throw ExportErrors.UnsupportedAlgorithm("MAC " + Digests.Describe(oid));
        var kdfHash = IteratedHash.ForDigestOid(oid)!;
        var mac = digestInfo.ReadOctetString();
        var salt = macData.ReadOctetString();
        var iterations = macData.HasData ? Asn1Values.ReadIterations(macData, ErrorDetail.MacIterations, limits.MaxMacIterations) : 1;
        if (mac.Length != digest().GetDigestSize())
            throw ExportErrors.Corrupt(ErrorDetail.MacLength);
        return new MacData(kdfHash, digest, mac, salt, iterations);
    }

    /// <summary>The first password form that verifies the MAC, or null when none does (a wrong password).</summary>
    public override byte[]? FindPassword(Pkcs12Password passwords, byte[] authenticatedSafe)
    {
        foreach (var candidate in passwords.LegacyCandidates)
        {
            if (Verifies(candidate, authenticatedSafe))
                return candidate;
        }
        return null;
    }

    private bool Verifies(byte[] password, byte[] authenticatedSafe)
    {
        var hmac = new HMac(_digest());
        hmac.Init(new KeyParameter(Pkcs12Kdf.MacKey(_kdfHash, password, _salt, Iterations, hmac.GetMacSize())));
        hmac.BlockUpdate(authenticatedSafe, 0, authenticatedSafe.Length);
        return Matches(hmac, _mac);
    }
}

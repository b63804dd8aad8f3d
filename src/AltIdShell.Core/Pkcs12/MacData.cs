using System;
using System.Collections.Generic;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Utilities;

namespace AltIdShell.Core.Pkcs12;

/// <summary>The PFX's password integrity check (RFC 7292 section 4): HMAC over the AuthenticatedSafe with a PKCS#12-KDF key.</summary>
internal sealed class MacData
{
    private readonly string _digestName;
    private readonly Func<IDigest> _digest;
    private readonly byte[] _mac;
    private readonly byte[] _salt;

    private MacData(string digestName, Func<IDigest> digest, byte[] mac, byte[] salt, int iterations)
    {
        _digestName = digestName;
        _digest = digest;
        _mac = mac;
        _salt = salt;
        Iterations = iterations;
    }

    public int Iterations { get; }

    public static MacData Read(AsnReader pfx, Pkcs12Limits limits)
    {
        var macData = pfx.ReadSequence();
        var digestInfo = macData.ReadSequence();
        var algorithm = digestInfo.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        var digest = Digests.ForDigestOid(oid) ?? throw ExportErrors.UnsupportedAlgorithm("MAC " + Digests.Describe(oid));
        var mac = digestInfo.ReadOctetString();
        var salt = macData.ReadOctetString();
        var iterations = macData.HasData ? Asn1Values.ReadIterations(macData, ErrorDetail.MacIterations, limits.MaxMacIterations) : 1;
        if (mac.Length != digest().GetDigestSize())
            throw ExportErrors.Corrupt(ErrorDetail.MacLength);
        return new MacData(Digests.OpenSslName(oid), digest, mac, salt, iterations);
    }

    /// <summary>The first password form that verifies the MAC, or null when none does (a wrong password).</summary>
    public byte[]? FindPassword(IReadOnlyList<byte[]> candidates, byte[] authenticatedSafe)
    {
        foreach (var candidate in candidates)
        {
            if (Verifies(candidate, authenticatedSafe))
                return candidate;
        }
        return null;
    }

    private bool Verifies(byte[] password, byte[] authenticatedSafe)
    {
        var hmac = new HMac(_digest());
        hmac.Init(new KeyParameter(Pkcs12Kdf.MacKey(_digestName, _digest, password, _salt, Iterations, hmac.GetMacSize())));
        hmac.BlockUpdate(authenticatedSafe, 0, authenticatedSafe.Length);
        var computed = new byte[hmac.GetMacSize()];
        hmac.DoFinal(computed, 0);
        return Arrays.FixedTimeEquals(computed, _mac);
    }
}

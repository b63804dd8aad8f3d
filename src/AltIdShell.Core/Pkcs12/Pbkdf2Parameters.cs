using System;
using System.Buffers.Binary;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// A PBKDF2 key derivation (RFC 8018 appendix A.2) as PBES2 encryption and PBMAC1 MACs name it, read with its
/// iteration count checked before any key is derived. The password is the UTF-8 bytes, as OpenSSL 3, Java and .NET write it
/// (Latin-1 for old Java files: Pkcs12Password.Latin1).
/// </summary>
internal sealed class Pbkdf2Parameters
{
    private readonly byte[] _salt;

    private Pbkdf2Parameters(byte[] salt, int iterations, int? keyLength, Func<IDigest> prf)
    {
        _salt = salt;
        Iterations = iterations;
        KeyLength = keyLength;
        Prf = prf;
    }

    public int Iterations { get; }

    /// <summary>The key length in bytes the file states, or null when it leaves it to the algorithm that uses the key.</summary>
    public int? KeyLength { get; }

    /// <summary>The hash of the HMAC that PBKDF2 iterates.</summary>
    public Func<IDigest> Prf { get; }

    /// <summary>
    /// Reads the keyDerivationFunc AlgorithmIdentifier; <paramref name="usedBy"/> ("PBES2", "PBMAC1") names the
    /// scheme in an "unsupported" message.
    /// </summary>
    public static Pbkdf2Parameters Read(AsnReader algorithmIdentifier, string usedBy, Pkcs12Limits limits)
    {
        var kdf = algorithmIdentifier.ReadSequence();
        var kdfOid = kdf.ReadObjectIdentifier();
        if (kdfOid != Oids.Pbkdf2)
            throw ExportErrors.UnsupportedAlgorithm(usedBy + " key derivation " + Digests.Describe(kdfOid));
        var parameters = kdf.ReadSequence();
        if (parameters.PeekTag() != Asn1Tag.PrimitiveOctetString)
            throw ExportErrors.UnsupportedAlgorithm("PBKDF2 with a non-octet-string salt source");
        var salt = parameters.ReadOctetString();
        var iterations = Asn1Values.ReadIterations(parameters, ErrorDetail.Pbkdf2Iterations, limits.MaxIterations);
        int? keyLength = null;
        if (parameters.HasData && parameters.PeekTag() == Asn1Tag.Integer)
            keyLength = Asn1Values.ReadSmallInt(parameters, ErrorDetail.Pbkdf2KeyLength);
        var prfOid = Oids.HmacWithSha1;
        if (parameters.HasData)
            prfOid = parameters.ReadSequence().ReadObjectIdentifier();
        var prf = Digests.ForHmacOid(prfOid) ?? throw ExportErrors.UnsupportedAlgorithm("PBKDF2 " + Digests.Describe(prfOid));
        return new Pbkdf2Parameters(salt, iterations, keyLength, prf);
    }

    /// <summary>
    /// Hash blocks one derivation of <paramref name="keyBytes"/> runs: PBKDF2 runs its iterations once per output
    /// block of the PRF, and each HMAC iteration hashes two blocks (the inner and the outer hash).
    /// </summary>
    public long Cost(int keyBytes)
    {
        var blockBytes = Prf().GetDigestSize();
        return 2L * Iterations * ((keyBytes + blockBytes - 1) / blockBytes);
    }

    /// <summary>
    /// PBKDF2 (RFC 8018 section 5.2) over BouncyCastle's HMAC, the loop of its Pkcs5S2ParametersGenerator with
    /// <paramref name="meter"/> told of each stride: the generator runs a million iterations without a way to stop.
    /// Checked against .NET's Rfc2898DeriveBytes (Pbkdf2Tests).
    /// </summary>
    public byte[] DeriveKey(byte[] password, int keyBytes, DerivationMeter? meter = null)
    {
        meter ??= DerivationMeter.None;
        var hmac = new HMac(Prf());
        hmac.Init(new KeyParameter(password));
        var blockBytes = hmac.GetMacSize();
        var key = new byte[keyBytes];
        var u = new byte[blockBytes];
        var t = new byte[blockBytes];
        var index = new byte[4];
        for (var block = 1; (block - 1) * blockBytes < keyBytes; block++)
        {
            BinaryPrimitives.WriteInt32BigEndian(index, block);
            hmac.BlockUpdate(_salt, 0, _salt.Length);
            hmac.BlockUpdate(index, 0, index.Length);
            hmac.DoFinal(u, 0);
            Buffer.BlockCopy(u, 0, t, 0, blockBytes);
            for (var i = 1; i < Iterations;)
            {
                var end = Iterations - i > DerivationMeter.Stride ? i + DerivationMeter.Stride : Iterations;
                meter.Advance(2L * (end - i));
                for (; i < end; i++)
                {
                    hmac.BlockUpdate(u, 0, blockBytes);
                    hmac.DoFinal(u, 0);
                    for (var j = 0; j < blockBytes; j++)
                        t[j] ^= u[j];
                }
            }
            var offset = (block - 1) * blockBytes;
            Buffer.BlockCopy(t, 0, key, offset, Math.Min(blockBytes, keyBytes - offset));
        }
        return key;
    }
}

using System;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// A PBKDF2 key derivation (RFC 8018 appendix A.2) as PBES2 encryption and PBMAC1 MACs name it, read with its
/// iteration count checked before any key is derived. The password is the UTF-8 bytes, as OpenSSL 3, Java and .NET write it.
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
        var iterations = Asn1Values.ReadIterations(parameters, ErrorDetail.Pbkdf2Iterations, limits.MaxKdfIterations);
        int? keyLength = null;
        if (parameters.HasData && parameters.PeekTag() == Asn1Tag.Integer)
            keyLength = Asn1Values.ReadSmallInt(parameters, ErrorDetail.Pbkdf2KeyLength);
        var prfOid = Oids.HmacWithSha1;
        if (parameters.HasData)
            prfOid = parameters.ReadSequence().ReadObjectIdentifier();
        var prf = Digests.ForHmacOid(prfOid) ?? throw ExportErrors.UnsupportedAlgorithm("PBKDF2 " + Digests.Describe(prfOid));
        return new Pbkdf2Parameters(salt, iterations, keyLength, prf);
    }

    /// <summary>Hash iterations one derivation of <paramref name="keyBytes"/> runs: PBKDF2 runs its iterations once per output block of the PRF.</summary>
    public long Cost(int keyBytes)
    {
        var blockBytes = Prf().GetDigestSize();
        return (long)Iterations * ((keyBytes + blockBytes - 1) / blockBytes);
    }

    public byte[] DeriveKey(byte[] password, int keyBytes)
    {
        var generator = new Pkcs5S2ParametersGenerator(Prf());
        generator.Init(password, _salt, Iterations);
        return ((KeyParameter)generator.GenerateDerivedMacParameters(keyBytes * 8)).GetKey();
    }
}

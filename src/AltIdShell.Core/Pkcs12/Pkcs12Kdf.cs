using System;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// The PKCS#12 key derivation (RFC 7292 appendix B), the hot loop of every legacy .p12: OpenSSL's native loop where
/// libcrypto is at hand (<see cref="LibCrypto"/>), BouncyCastle's everywhere else. Both give the same bytes
/// (Pkcs12KdfTests).
/// </summary>
internal static class Pkcs12Kdf
{
    private const byte KeyMaterial = 1;
    private const byte IvMaterial = 2;
    private const byte MacMaterial = 3;

    /// <summary>The MAC key, hashed with the MAC's own digest.</summary>
    public static byte[] MacKey(string digestName, Func<IDigest> digest, byte[] password, byte[] salt, int iterations, int length) =>
        LibCrypto.TryPkcs12KeyGen(digestName, MacMaterial, password, salt, iterations, length)
        ?? ManagedMacKey(digest, password, salt, iterations, length);

    /// <summary>Key and IV of a legacy pbeWithSHAAnd… scheme (always SHA-1); no IV for <paramref name="ivBytes"/> 0.</summary>
    public static (byte[] Key, byte[] Iv) KeyAndIv(byte[] password, byte[] salt, int iterations, int keyBytes, int ivBytes)
    {
        var key = LibCrypto.TryPkcs12KeyGen("SHA1", KeyMaterial, password, salt, iterations, keyBytes);
        var iv = ivBytes == 0 ? new byte[0] : LibCrypto.TryPkcs12KeyGen("SHA1", IvMaterial, password, salt, iterations, ivBytes);
        return key != null && iv != null ? (key, iv) : ManagedKeyAndIv(password, salt, iterations, keyBytes, ivBytes);
    }

    internal static byte[] ManagedMacKey(Func<IDigest> digest, byte[] password, byte[] salt, int iterations, int length)
    {
        var generator = new Pkcs12ParametersGenerator(digest());
        generator.Init(password, salt, iterations);
        return ((KeyParameter)generator.GenerateDerivedMacParameters(length * 8)).GetKey();
    }

    internal static (byte[] Key, byte[] Iv) ManagedKeyAndIv(byte[] password, byte[] salt, int iterations, int keyBytes, int ivBytes)
    {
        var generator = new Pkcs12ParametersGenerator(new Sha1Digest());
        generator.Init(password, salt, iterations);
        // "RC4" only makes BouncyCastle wrap the bytes in a plain KeyParameter, without the checks of a named cipher.
        if (ivBytes == 0)
            return (((KeyParameter)generator.GenerateDerivedParameters("RC4", keyBytes * 8)).GetKey(), new byte[0]);
        var derived = (ParametersWithIV)generator.GenerateDerivedParameters("RC4", keyBytes * 8, ivBytes * 8);
        return (((KeyParameter)derived.Parameters).GetKey(), derived.GetIV());
    }
}

using System;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// The PKCS#12 key derivation (RFC 7292 appendix B.2), the hot loop of every legacy .p12, the same managed code on
/// every platform. Checked byte for byte against BouncyCastle and OpenSSL (Pkcs12KdfTests).
/// </summary>
internal static class Pkcs12Kdf
{
    private const byte KeyMaterial = 1;
    private const byte IvMaterial = 2;
    private const byte MacMaterial = 3;

    /// <summary>The MAC key, hashed with the MAC's own digest.</summary>
    public static byte[] MacKey(IteratedHash hash, byte[] password, byte[] salt, int iterations, int length, DerivationMeter? meter = null) =>
        Derive(hash, MacMaterial, password, salt, iterations, length, meter);

    /// <summary>Key and IV of a legacy pbeWithSHAAnd… scheme (always SHA-1); no IV for <paramref name="ivBytes"/> 0.</summary>
    public static (byte[] Key, byte[] Iv) KeyAndIv(byte[] password, byte[] salt, int iterations, int keyBytes, int ivBytes,
        DerivationMeter? meter = null) =>
        (Derive(IteratedHash.Sha1, KeyMaterial, password, salt, iterations, keyBytes, meter),
            ivBytes == 0 ? new byte[0] : Derive(IteratedHash.Sha1, IvMaterial, password, salt, iterations, ivBytes, meter));

    /// <summary>Hash blocks one derivation of <paramref name="length"/> bytes runs: all its iterations once per output block of the hash.</summary>
    public static long Cost(IteratedHash hash, int iterations, int length) =>
        (long)iterations * ((length + hash.OutputBytes - 1) / hash.OutputBytes);

    /// <summary><paramref name="length"/> bytes of the material <paramref name="id"/> (1 key, 2 IV, 3 MAC key).</summary>
    public static byte[] Derive(IteratedHash hash, byte id, byte[] password, byte[] salt, int iterations, int length,
        DerivationMeter? meter = null)
    {
        var v = hash.BlockBytes;
        var saltBlocks = Repeated(salt, v);
        var passwordBlocks = Repeated(password, v);

        // D || I: v bytes of the id, then I = S || P, which each round of output changes.
        var message = new byte[v + saltBlocks.Length + passwordBlocks.Length];
        for (var i = 0; i < v; i++)
            message[i] = id;
        Buffer.BlockCopy(saltBlocks, 0, message, v, saltBlocks.Length);
        Buffer.BlockCopy(passwordBlocks, 0, message, v + saltBlocks.Length, passwordBlocks.Length);

        var output = new byte[length];
        var a = new byte[hash.OutputBytes];
        for (var written = 0; ;)
        {
            hash.Hash(message, iterations, a, meter ?? DerivationMeter.None);
            var count = Math.Min(a.Length, length - written);
            Buffer.BlockCopy(a, 0, output, written, count);
            written += count;
            if (written == length)
                return output;
            AddToEachBlock(message, v, a);
        }
    }

    // Step 6C: each v-byte block I_j of I becomes (I_j + B + 1) mod 2^(8v), B being A repeated to v bytes.
    private static void AddToEachBlock(byte[] message, int v, byte[] a)
    {
        for (var block = v; block < message.Length; block += v)
        {
            var carry = 1;
            for (var i = v - 1; i >= 0; i--)
            {
                var sum = message[block + i] + a[i % a.Length] + carry;
                message[block + i] = (byte)sum;
                carry = sum >> 8;
            }
        }
    }

    // The bytes repeated to the next whole number of v-byte blocks; nothing stays nothing.
    private static byte[] Repeated(byte[] bytes, int v)
    {
        var repeated = new byte[(bytes.Length + v - 1) / v * v];
        for (var i = 0; i < repeated.Length; i++)
            repeated[i] = bytes[i % bytes.Length];
        return repeated;
    }
}

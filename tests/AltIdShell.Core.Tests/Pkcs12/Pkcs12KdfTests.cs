using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>
/// The one PKCS#12 key derivation gives the bytes of BouncyCastle's and OpenSSL's, at the iteration counts real
/// files use, for key, IV and MAC material, and for every shape of password, salt and length.
/// </summary>
public sealed class Pkcs12KdfTests
{
    private static readonly byte[] EightByteSalt = { 1, 2, 3, 4, 5, 6, 7, 8 };
    private static readonly byte[] LongSalt = Enumerable.Range(0, 130).Select(i => (byte)(i * 7)).ToArray();
    private static readonly byte[] Danish = Pkcs12Password.ToBmpString("Kødpålæg");
    private static readonly byte[] OverOneBlock = Pkcs12Password.ToBmpString(new string('x', 100));

    // Password, salt, output length: no password at all and the empty one (two zero bytes); passwords and salts
    // shorter and longer than a block; outputs shorter and longer than one digest.
    private static readonly (byte[] Password, byte[] Salt, int Length)[] Shapes =
    {
        (Array.Empty<byte>(), EightByteSalt, 24),
        (new byte[] { 0, 0 }, EightByteSalt, 20),
        (Danish, Array.Empty<byte>(), 5),
        (Danish, EightByteSalt, 8),
        (OverOneBlock, LongSalt, 100),
        (OverOneBlock, EightByteSalt, 32),
    };

    private static readonly Dictionary<string, (Func<IDigest> BouncyCastle, string OpenSsl)> DigestsByOid = new()
    {
        [Oids.Sha1] = (() => new Sha1Digest(), "SHA1"),
        [Oids.Sha224] = (() => new Sha224Digest(), "SHA224"),
        [Oids.Sha256] = (() => new Sha256Digest(), "SHA256"),
        [Oids.Sha384] = (() => new Sha384Digest(), "SHA384"),
        [Oids.Sha512] = (() => new Sha512Digest(), "SHA512"),
        [Oids.Md5] = (() => new MD5Digest(), "MD5"),
    };

    public static TheoryData<string, int, byte> RealisticCases()
    {
        var cases = new TheoryData<string, int, byte>();
        foreach (var oid in new[] { Oids.Sha1, Oids.Sha256 })
            foreach (var iterations in new[] { 1, 2, 2048, 51200, 102400 })
                foreach (var id in new byte[] { 1, 2, 3 })
                    cases.Add(oid, iterations, id);
        return cases;
    }

    public static TheoryData<string, int> RareDigestCases()
    {
        var cases = new TheoryData<string, int>();
        // 4097 and 8193: just past one and two strides of the loop that stops when cancelled (DerivationMeter.Stride).
        foreach (var oid in new[] { Oids.Sha224, Oids.Sha384, Oids.Sha512, Oids.Md5 })
            foreach (var iterations in new[] { 1, 2, 2048, 4097, 8193 })
                cases.Add(oid, iterations);
        return cases;
    }

    [Theory]
    [MemberData(nameof(RealisticCases))]
    public void SHA1_and_SHA256_agree_with_BouncyCastle_and_OpenSSL_at_real_iteration_counts(string digestOid, int iterations, byte id)
    {
        AgreesWithBoth(digestOid, iterations, id);
    }

    [Theory]
    [MemberData(nameof(RareDigestCases))]
    public void The_other_MAC_digests_agree_with_BouncyCastle_and_OpenSSL(string digestOid, int iterations)
    {
        AgreesWithBoth(digestOid, iterations, 3);
    }

    [Theory]
    [InlineData(Oids.Sha1)]
    [InlineData(Oids.Sha256)]
    [InlineData(Oids.Sha512)]
    public void No_password_and_no_salt_agree_with_BouncyCastle(string digestOid)
    {
        // OpenSSL refuses this one (a zero-byte allocation), so BouncyCastle alone is the yardstick.
        var ours = Pkcs12Kdf.Derive(IteratedHash.ForDigestOid(digestOid)!, 3, Array.Empty<byte>(), Array.Empty<byte>(), 2048, 40);
        Assert.Equal(BouncyCastle(DigestsByOid[digestOid].BouncyCastle(), 3, Array.Empty<byte>(), Array.Empty<byte>(), 2048, 40), ours);
    }

    [Theory]
    [InlineData(5, 8)]
    [InlineData(16, 8)]
    [InlineData(24, 8)]
    [InlineData(16, 0)]
    public void Legacy_keys_and_IVs_are_the_SHA1_key_and_IV_material(int keyBytes, int ivBytes)
    {
        var (key, iv) = Pkcs12Kdf.KeyAndIv(Danish, EightByteSalt, 2048, keyBytes, ivBytes);
        Assert.Equal(OpenSsl.Pkcs12Kdf("SHA1", 1, Danish, EightByteSalt, 2048, keyBytes), key);
        Assert.Equal(ivBytes == 0 ? Array.Empty<byte>() : OpenSsl.Pkcs12Kdf("SHA1", 2, Danish, EightByteSalt, 2048, ivBytes), iv);
    }

    [Fact]
    public void Every_MAC_digest_we_accept_has_a_derivation()
    {
        foreach (var oid in DigestsByOid.Keys)
            Assert.Equal(DigestsByOid[oid].BouncyCastle().GetDigestSize(), IteratedHash.ForDigestOid(oid)!.OutputBytes);
        Assert.Null(IteratedHash.ForDigestOid("1.2.840.113549.2.2"));
    }

    private static void AgreesWithBoth(string digestOid, int iterations, byte id)
    {
        var hash = IteratedHash.ForDigestOid(digestOid)!;
        var (bouncyCastle, openSsl) = DigestsByOid[digestOid];
        foreach (var (password, salt, length) in Shapes)
        {
            var ours = Pkcs12Kdf.Derive(hash, id, password, salt, iterations, length);
            Assert.Equal(BouncyCastle(bouncyCastle(), id, password, salt, iterations, length), ours);
            Assert.Equal(OpenSsl.Pkcs12Kdf(openSsl, id, password, salt, iterations, length), ours);
        }
    }

    private static byte[] BouncyCastle(IDigest digest, byte id, byte[] password, byte[] salt, int iterations, int length)
    {
        var generator = new Pkcs12ParametersGenerator(digest);
        generator.Init(password, salt, iterations);
        // BouncyCastle names the material by what it is for: id 1 the key, 2 the IV (after a key), 3 the MAC key.
        // "RC4" only makes it wrap the bytes in a plain KeyParameter, without the checks of a named cipher.
        return id switch
        {
            1 => ((KeyParameter)generator.GenerateDerivedParameters("RC4", length * 8)).GetKey(),
            2 => ((ParametersWithIV)generator.GenerateDerivedParameters("RC4", 8, length * 8)).GetIV(),
            _ => ((KeyParameter)generator.GenerateDerivedMacParameters(length * 8)).GetKey(),
        };
    }
}

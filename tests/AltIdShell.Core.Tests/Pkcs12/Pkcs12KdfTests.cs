using AltIdShell.Core.Pkcs12;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>OpenSSL's native PKCS#12 KDF (used on Linux) and BouncyCastle's (used elsewhere) give the same bytes.</summary>
public sealed class Pkcs12KdfTests
{
    private static readonly byte[][] Passwords =
    {
        Array.Empty<byte>(), new byte[] { 0, 0 }, Pkcs12Password.ToBmpString("Kødpålæg"), Pkcs12Password.ToBmpString(new string('x', 100)),
    };

    private static readonly byte[][] Salts =
    {
        Array.Empty<byte>(), new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, Enumerable.Range(0, 130).Select(i => (byte)i).ToArray(),
    };

    public static TheoryData<string> DigestNames() => new() { "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "MD5" };

    private static IDigest Digest(string name) => name switch
    {
        "SHA1" => new Sha1Digest(),
        "SHA224" => new Sha224Digest(),
        "SHA256" => new Sha256Digest(),
        "SHA384" => new Sha384Digest(),
        "SHA512" => new Sha512Digest(),
        _ => new MD5Digest(),
    };

    [Fact]
    public void OpenSSL_is_used_on_Linux()
    {
        Assert.NotNull(LibCrypto.TryPkcs12KeyGen("SHA1", 3, new byte[] { 0, 0 }, new byte[8], 1, 20));
    }

    [Theory]
    [MemberData(nameof(DigestNames))]
    public void MAC_keys_agree_for_every_length_salt_and_password(string digest)
    {
        foreach (var password in Passwords)
        foreach (var salt in Salts)
        foreach (var length in new[] { 16, 20, 64, 100 })
        {
            var managed = Pkcs12Kdf.ManagedMacKey(() => Digest(digest), password, salt, 3, length);
            Assert.Equal(managed, Pkcs12Kdf.MacKey(digest, () => Digest(digest), password, salt, 3, length));
            Assert.Equal(Degenerate(password, salt) ? null : managed, LibCrypto.TryPkcs12KeyGen(digest, 3, password, salt, 3, length));
        }
    }

    [Theory]
    [InlineData(5, 8)]
    [InlineData(16, 8)]
    [InlineData(24, 8)]
    [InlineData(16, 0)]
    public void Keys_and_IVs_agree(int keyBytes, int ivBytes)
    {
        foreach (var password in Passwords)
        foreach (var salt in Salts)
        {
            var managed = Pkcs12Kdf.ManagedKeyAndIv(password, salt, 7, keyBytes, ivBytes);
            var used = Pkcs12Kdf.KeyAndIv(password, salt, 7, keyBytes, ivBytes);
            Assert.Equal(managed.Key, used.Key);
            Assert.Equal(managed.Iv, used.Iv);
            Assert.Equal(Degenerate(password, salt) ? null : managed.Key, LibCrypto.TryPkcs12KeyGen("SHA1", 1, password, salt, 7, keyBytes));
            if (ivBytes > 0)
                Assert.Equal(Degenerate(password, salt) ? null : managed.Iv, LibCrypto.TryPkcs12KeyGen("SHA1", 2, password, salt, 7, ivBytes));
        }
    }

    // OpenSSL refuses no password with no salt (a zero-byte allocation); the managed derivation takes over.
    private static bool Degenerate(byte[] password, byte[] salt) => password.Length == 0 && salt.Length == 0;

    [Fact]
    public void An_unknown_digest_falls_back_to_the_managed_derivation()
    {
        Assert.Null(LibCrypto.TryPkcs12KeyGen("NO-SUCH-DIGEST", 3, new byte[] { 0, 0 }, new byte[8], 1, 20));
    }
}

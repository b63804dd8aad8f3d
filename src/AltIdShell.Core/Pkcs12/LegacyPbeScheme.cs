using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Paddings;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Pkcs12;

/// <summary>pbeWithSHAAnd… (RFC 7292 appendix C): key and IV from the PKCS#12 KDF with SHA-1 over the BMPString password.</summary>
internal sealed class LegacyPbeScheme : PbeScheme
{
    private enum Cipher { Rc2, TripleDes, Rc4 }

    private readonly byte[] _salt;
    private readonly Cipher _cipher;
    private readonly int _keyBits;

    private LegacyPbeScheme(string name, byte[] salt, int iterations, Cipher cipher, int keyBits)
    {
        Name = name;
        _salt = salt;
        Iterations = iterations;
        _cipher = cipher;
        _keyBits = keyBits;
    }

    public override string Name { get; }
    public override int Iterations { get; }
    // The key's KDF run, and the IV's; the stream cipher RC4 has no IV.
    public override long Cost =>
        Pkcs12Kdf.Cost(IteratedHash.Sha1, Iterations, _keyBits / 8) + (_cipher == Cipher.Rc4 ? 0 : Pkcs12Kdf.Cost(IteratedHash.Sha1, Iterations, 8));

    // The legacy forms of the password: with a MAC, the likely one while the MAC is checked and then the one it
    // settled on; without one, each in turn.
    public override int PasswordForms => 2;

    public static bool IsKnown(string oid) => Create(oid, new byte[0], 1) != null;

    /// <summary>The scheme for a legacy OID, or null when the OID is not one of RFC 7292's.</summary>
    public static LegacyPbeScheme? Create(string oid, byte[] salt, int iterations) => oid switch
    {
        Oids.PbeWithShaAnd40BitRc2Cbc => new("pbeWithSHA1And40BitRC2-CBC", salt, iterations, Cipher.Rc2, 40),
        Oids.PbeWithShaAnd128BitRc2Cbc => new("pbeWithSHA1And128BitRC2-CBC", salt, iterations, Cipher.Rc2, 128),
        Oids.PbeWithShaAnd3KeyTripleDesCbc => new("pbeWithSHA1And3-KeyTripleDES-CBC", salt, iterations, Cipher.TripleDes, 192),
        Oids.PbeWithShaAnd2KeyTripleDesCbc => new("pbeWithSHA1And2-KeyTripleDES-CBC", salt, iterations, Cipher.TripleDes, 128),
        Oids.PbeWithShaAnd128BitRc4 => new("pbeWithSHA1And128BitRC4", salt, iterations, Cipher.Rc4, 128),
        Oids.PbeWithShaAnd40BitRc4 => new("pbeWithSHA1And40BitRC4", salt, iterations, Cipher.Rc4, 40),
        _ => null,
    };

    public override byte[] Decrypt(byte[] password, byte[] ciphertext, DerivationMeter meter)
    {
        var (key, iv) = Pkcs12Kdf.KeyAndIv(password, _salt, Iterations, _keyBits / 8, _cipher == Cipher.Rc4 ? 0 : 8, meter);
        if (_cipher == Cipher.Rc4)
        {
            var rc4 = new RC4Engine();
            rc4.Init(false, new KeyParameter(key));
            var plain = new byte[ciphertext.Length];
            rc4.ProcessBytes(ciphertext, 0, ciphertext.Length, plain, 0);
            return plain;
        }

        IBlockCipher engine = _cipher == Cipher.Rc2 ? new RC2Engine() : new DesEdeEngine();
        ICipherParameters keyParameter = _cipher == Cipher.Rc2 ? new RC2Parameters(key, _keyBits) : new KeyParameter(key);
        var cipher = new PaddedBufferedBlockCipher(new CbcBlockCipher(engine), new Pkcs7Padding());
        cipher.Init(false, new ParametersWithIV(keyParameter, iv));
        return cipher.DoFinal(ciphertext);
    }
}

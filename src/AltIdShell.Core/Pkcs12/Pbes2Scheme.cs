using System;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Paddings;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Pkcs12;

/// <summary>PBES2 (RFC 8018): PBKDF2 over the password's UTF-8 bytes (or, for old Java files, its Latin-1 ones), then AES-CBC or 3DES-CBC.</summary>
internal sealed class Pbes2Scheme : PbeScheme
{
    private readonly Pbkdf2Parameters _kdf;
    private readonly int _keyBytes;
    private readonly Func<IBlockCipher> _engine;
    private readonly byte[] _iv;

    public Pbes2Scheme(string name, Pbkdf2Parameters kdf, int keyBytes, Func<IBlockCipher> engine, byte[] iv)
    {
        Name = name;
        _kdf = kdf;
        _keyBytes = keyBytes;
        _engine = engine;
        _iv = iv;
    }

    public override string Name { get; }
    public override int Iterations => _kdf.Iterations;
    public override long Cost => _kdf.Cost(_keyBytes);

    // UTF-8 while the MAC is checked; when the MAC settles on the second legacy form, UTF-8 again and then the
    // Latin-1 bytes (Pkcs12Password.Latin1).
    public override int PasswordForms => 3;

    public static (int KeyBytes, Func<IBlockCipher> Engine, string Name)? Cipher(string oid) => oid switch
    {
        Oids.Aes128Cbc => (16, () => new AesEngine(), "AES-128-CBC"),
        Oids.Aes192Cbc => (24, () => new AesEngine(), "AES-192-CBC"),
        Oids.Aes256Cbc => (32, () => new AesEngine(), "AES-256-CBC"),
        Oids.DesEde3Cbc => (24, () => new DesEdeEngine(), "DES-EDE3-CBC"),
        _ => null,
    };

    public override byte[] Decrypt(byte[] password, byte[] ciphertext, DerivationMeter meter)
    {
        var key = new KeyParameter(_kdf.DeriveKey(password, _keyBytes, meter));
        var cipher = new PaddedBufferedBlockCipher(new CbcBlockCipher(_engine()), new Pkcs7Padding());
        cipher.Init(false, new ParametersWithIV(key, _iv));
        return cipher.DoFinal(ciphertext);
    }
}

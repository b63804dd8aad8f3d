namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// A password-based encryption scheme read from an AlgorithmIdentifier, before any key is derived, so its cost
/// can be checked against <see cref="Pkcs12Limits"/> first.
/// </summary>
internal abstract class PbeScheme
{
    public abstract string Name { get; }

    /// <summary>The iteration count of one key derivation.</summary>
    public abstract int Iterations { get; }

    /// <summary>Hash iterations one decryption runs (key, IV and output blocks together).</summary>
    public abstract long Cost { get; }

    /// <summary>Decrypts with one password form; throws Org.BouncyCastle.Crypto.InvalidCipherTextException on bad padding.</summary>
    public abstract byte[] Decrypt(Pkcs12Password password, byte[] legacyPassword, byte[] ciphertext);
}

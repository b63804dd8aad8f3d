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

    /// <summary>Hash blocks one decryption's key derivation runs (key, IV and output blocks together), for one password form.</summary>
    public abstract long Cost { get; }

    /// <summary>The most password forms Open may derive this scheme's key with (<see cref="Pkcs12Limits.MaxDerivationWork"/>).</summary>
    public abstract int PasswordForms { get; }

    /// <summary>
    /// Decrypts with one password form, the bytes the key is derived from; throws
    /// Org.BouncyCastle.Crypto.InvalidCipherTextException on bad padding.
    /// </summary>
    public abstract byte[] Decrypt(byte[] password, byte[] ciphertext, DerivationMeter meter);
}

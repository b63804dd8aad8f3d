using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Utilities;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// The PFX's password integrity check, of whichever kind its MacData names: the PKCS#12 KDF MAC of RFC 7292
/// (<see cref="MacData"/>) or PBMAC1 of RFC 9579 (<see cref="Pbmac1Mac"/>). Read, and its cost known, before any key is derived.
/// </summary>
internal abstract class PasswordMac
{
    /// <summary>Hash blocks one verification runs, for one password form (<see cref="Pkcs12Limits.MaxDerivationWork"/>).</summary>
    public abstract long Cost { get; }

    /// <summary>The most password forms <see cref="FindPassword"/> tries.</summary>
    public abstract int PasswordForms { get; }

    /// <summary>
    /// The legacy password form (<see cref="Pkcs12Password.LegacyCandidates"/>) the file's legacy encryption is most
    /// likely under, once the MAC has confirmed the password; null when it does not verify (a wrong password).
    /// </summary>
    public abstract byte[]? FindPassword(Pkcs12Password passwords, byte[] authenticatedSafe, DerivationMeter meter);

    /// <summary>Finishes <paramref name="mac"/> and compares in constant time, so the time taken tells nothing about the expected value.</summary>
    protected static bool Matches(IMac mac, byte[] expected)
    {
        var computed = new byte[mac.GetMacSize()];
        mac.DoFinal(computed, 0);
        return Arrays.FixedTimeEquals(computed, expected);
    }
}

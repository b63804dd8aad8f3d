using System;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// What a file may cost before we give up, checked before any key derivation runs, so a hostile file that
/// declares 2^31 iterations is refused at once. Sizes and counts follow .NET's Pkcs12LoaderLimits; the key
/// derivations have a budget of work rather than a flat iteration count (<see cref="MaxDerivationWork"/>).
/// </summary>
public sealed record Pkcs12Limits
{
    public static Pkcs12Limits Default { get; } = new();

    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// The most hash blocks (compression-function calls) all of a file's key derivations may run, counted as
    /// iterations × hash blocks per iteration × the password forms Open may try (<see cref="PasswordMac.PasswordForms"/>,
    /// <see cref="PbeScheme.PasswordForms"/>). One iteration is one block in the PKCS#12 KDF and two in PBKDF2's HMAC.
    /// 16 million blocks take about 16 s on a slow machine (a managed SHA-256 block in about a microsecond: an old
    /// laptop, or the tray under .NET Framework), 3-5 s on a current one, and a cancel stops them at once; what real
    /// exporters write needs far less. Firefox/NSS at 600,000 PBKDF2-SHA-256 iterations (a SHA-256 MAC and an
    /// AES-256 certificate part, both at 600,000) counts 1.2 + 3.6 = 4.8 million, and the same file at 2,000,000
    /// iterations fits; the MitID Erhverv files (SHA-1, 102,400/51,200) count 0.4 million. A single iteration count
    /// above the budget is refused by name as it is read, since it cannot cost less than one block an iteration.
    /// </summary>
    public long MaxDerivationWork { get; init; } = 16_000_000;

    public int MaxBags { get; init; } = 200;
    public int MaxCertificates { get; init; } = 200;

    /// <summary>The largest iteration count a file may declare for a single derivation.</summary>
    internal int MaxIterations => (int)Math.Min(MaxDerivationWork, int.MaxValue);
}

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// What a file may cost before we give up, checked before any key derivation runs, so a hostile file that
/// declares 2^31 iterations is refused at once. Defaults follow .NET's Pkcs12LoaderLimits; real OCES files
/// stay far below them (at most 102,400 iterations).
/// </summary>
public sealed record Pkcs12Limits
{
    public static Pkcs12Limits Default { get; } = new();

    public long MaxFileBytes { get; init; } = 1024 * 1024;
    public int MaxMacIterations { get; init; } = 300_000;
    public int MaxKdfIterations { get; init; } = 300_000;
    public long MaxTotalIterations { get; init; } = 1_000_000;
    public int MaxBags { get; init; } = 200;
    public int MaxCertificates { get; init; } = 200;
}

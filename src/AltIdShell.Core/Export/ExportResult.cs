using AltIdShell.Core.Certificates;

namespace AltIdShell.Core.Export;

/// <summary>What one export wrote, or found already written.</summary>
/// <param name="OutputPath">Full path of the .cer (the existing one when <see cref="ExportOutcome.AlreadyExported"/>).</param>
/// <param name="Outcome">Written, replaced, or already there.</param>
/// <param name="Summary">The certificate exported.</param>
/// <param name="SourceContainsPrivateKey">The file exported from also holds a private key (a PEM file): it must never be shared or uploaded.</param>
/// <param name="SourceHasOtherData">The file exported from holds more than its certificates (text, other PEM blocks, trailing bytes).</param>
public sealed record ExportResult(
    string OutputPath, ExportOutcome Outcome, CertificateSummary Summary,
    bool SourceContainsPrivateKey = false, bool SourceHasOtherData = false)
{
    // Get-only: no copy made with `with` may drop the warnings the engine raised about the file.
    public bool SourceContainsPrivateKey { get; } = SourceContainsPrivateKey;
    public bool SourceHasOtherData { get; } = SourceHasOtherData;
}

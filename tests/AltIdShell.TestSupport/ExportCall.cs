using AltIdShell.Core.Export;

namespace AltIdShell.TestSupport;

/// <summary>One file, one password and the choices: what a test exports in one call (<see cref="EngineCalls"/>).</summary>
public sealed record ExportCall(string SourcePath, string? Password)
{
    public CerFormat Format { get; init; } = CerFormat.Der;
    public string? OutputDirectory { get; init; }
    public ExistingFileChoice ExistingFile { get; init; } = ExistingFileChoice.Ask;
    public string? SelectedSha256 { get; init; }

    public ExportChoices Choices => new()
    {
        Format = Format,
        OutputDirectory = OutputDirectory,
        ExistingFile = ExistingFile,
        SelectedSha256 = SelectedSha256,
    };
}

using System;
using System.Collections.Generic;

namespace AltIdShell.Core.Export;

/// <summary>How to write the .cer, and the answers to the questions an export may ask. Immutable; change a copy with <c>with { … }</c>.</summary>
public sealed record ExportChoices
{
    public static ExportChoices Default { get; } = new();

    public CerFormat Format { get; init; } = CerFormat.Der;
    /// <summary>Folder for the .cer; null means beside the source file.</summary>
    public string? OutputDirectory { get; init; }
    public ExistingFileChoice ExistingFile { get; init; } = ExistingFileChoice.Ask;
    /// <summary>When the file holds several leaves: the SHA-256 fingerprint (any case, colons optional) of the one to export.</summary>
    public string? SelectedSha256 { get; init; }
    /// <summary>
    /// Files never written over, whatever else is chosen: the other inputs of a batch, so that exporting one file never
    /// replaces another that is still to be read.
    /// </summary>
    public IReadOnlyList<string> Protected { get; init; } = Array.Empty<string>();
    /// <summary>
    /// The .cer files the batch has written so far, never written over either: the same certificate again is already
    /// exported, another one is refused as at another input.
    /// </summary>
    public IReadOnlyList<string> WrittenByBatch { get; init; } = Array.Empty<string>();
}

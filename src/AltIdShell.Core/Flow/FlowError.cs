using AltIdShell.Core.Errors;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Flow;

/// <summary>Why one file of a batch was not exported.</summary>
public sealed class FlowError
{
    public FlowError(string sourcePath, string displayName, ExportException? error, LocalizedText message)
    {
        SourcePath = sourcePath;
        DisplayName = displayName;
        Error = error;
        Message = message;
    }

    public string SourcePath { get; }
    /// <summary>The file's name, with its folder when another file of the batch has the same name.</summary>
    public string DisplayName { get; }
    /// <summary>The engine's error; null for a failure outside the engine (a bug, a read that never ended).</summary>
    public ExportException? Error { get; }
    public LocalizedText Message { get; }
}

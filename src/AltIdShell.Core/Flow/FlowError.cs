using AltIdShell.Core.Errors;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Flow;

/// <summary>Why one file of a batch was not exported.</summary>
/// <param name="SourcePath">The file.</param>
/// <param name="DisplayName">The file's name, with its folder when another file of the batch has the same name.</param>
/// <param name="Error">The engine's error; null for a failure outside the engine (a bug, a read that never ended).</param>
/// <param name="Message">What to tell the user.</param>
public sealed record FlowError(string SourcePath, string DisplayName, ExportException? Error, LocalizedText Message);

using AltIdShell.Core.Export;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Export;

/// <summary>Why one file of a batch was not exported.</summary>
/// <param name="SourcePath">The file.</param>
/// <param name="DisplayName">The file's name, with its folder when another file of the batch has the same name.</param>
/// <param name="Outcome">The engine's answer; null for a failure outside the engine (a bug, a read that never ended).</param>
/// <param name="Message">What to tell the user.</param>
public sealed record FlowError(string SourcePath, string DisplayName, ExportAttempt.Stopped? Outcome, LocalizedText Message);

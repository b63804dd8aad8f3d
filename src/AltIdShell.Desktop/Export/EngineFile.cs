using System;
using System.Threading;
using AltIdShell.Core.Export;

namespace AltIdShell.Desktop.Export;

/// <summary>The engine's <see cref="ExportSource"/> as the flow tries it: exported, or only read (altid-export inspect).</summary>
internal sealed class EngineFile : IExportFile
{
    private readonly ExportSource _source;
    private readonly bool _writes;

    public EngineFile(ExportSource source, bool writes)
    {
        _source = source;
        _writes = writes;
    }

    public bool NeedsPassword => _source.NeedsPassword;

    public ExportAttempt Try(string? password, ExportChoices choices, CancellationToken cancellation, IProgress<double>? progress) =>
        _writes
            ? _source.TryPassword(password, choices, cancellation, progress)
            : _source.TryRead(password, choices.SelectedSha256, cancellation, progress);
}

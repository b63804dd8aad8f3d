using System;
using System.Threading;
using AltIdShell.Core.Export;

namespace AltIdShell.Desktop.Export;

/// <summary>One file of a batch as <see cref="ExportFlow"/> tries it: opened once, then tried per password.</summary>
public interface IExportFile
{
    /// <summary>False for a file nothing in needs a password for, and for one that cannot be opened (its try says why).</summary>
    bool NeedsPassword { get; }

    /// <summary>One try; throws OperationCanceledException when <paramref name="cancellation"/> stops it.</summary>
    ExportAttempt Try(string? password, ExportChoices choices, CancellationToken cancellation, IProgress<double>? progress);
}

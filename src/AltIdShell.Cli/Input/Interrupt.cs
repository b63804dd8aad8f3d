using System;
using System.Threading;

namespace AltIdShell.Cli.Input;

/// <summary>
/// Ctrl+C while a file is being opened: stops the key derivation at once and lets the command say so. A second
/// Ctrl+C, or one at the password prompt, ends the process as it always did.
/// </summary>
internal sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();

    public Interrupt() => Console.CancelKeyPress += OnCancelKeyPress;

    public CancellationToken Token => _cancel.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _cancel.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (_cancel.IsCancellationRequested || PasswordSource.IsPrompting)
            return;
        e.Cancel = true;
        _cancel.Cancel();
    }
}

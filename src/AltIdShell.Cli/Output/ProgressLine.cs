using System;
using System.Diagnostics;
using System.IO;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>
/// A line on standard error that follows a long key derivation ("Åbner Firma.p12 … 40 %"), rewritten in place, shown
/// only once a file has taken more than about a second (most take a fraction of one) and cleared when it is done.
/// </summary>
internal sealed class ProgressLine : IProgress<double>
{
    public static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);

    private readonly TextWriter _error;
    private readonly string _displayName;
    private readonly Func<TimeSpan> _elapsed;
    private readonly object _lock = new();
    private int _shownPercent = -1;
    private int _shownLength;

    public ProgressLine(TextWriter error, string displayName, Func<TimeSpan> elapsed)
    {
        _error = error;
        _displayName = DisplayText.Escape(displayName);
        _elapsed = elapsed;
    }

    /// <summary>A line for a person at a terminal; null when standard error goes to a file or a pipe, where it would be noise.</summary>
    public static ProgressLine? OnTerminal(CliConsole console, string displayName)
    {
        if (!console.ErrorIsTerminal)
            return null;
        var clock = Stopwatch.StartNew();
        return new ProgressLine(console.Error, displayName, () => clock.Elapsed);
    }

    public void Report(double value)
    {
        lock (_lock)
        {
            if (value >= 1)
            {
                ClearLocked();
                return;
            }
            var percent = (int)(Math.Max(0, value) * 100);
            if (percent == _shownPercent || _elapsed() < ShowAfter)
                return;
            var line = CliText.Progress.Format(_displayName, percent).ToString();
            _error.Write("\r" + line.PadRight(_shownLength));
            _error.Flush();
            _shownPercent = percent;
            _shownLength = line.Length;
        }
    }

    /// <summary>Removes the line, if it was shown, so the next output starts on a clean line.</summary>
    public void Clear()
    {
        lock (_lock)
            ClearLocked();
    }

    private void ClearLocked()
    {
        if (_shownLength == 0)
            return;
        _error.Write("\r" + new string(' ', _shownLength) + "\r");
        _error.Flush();
        _shownLength = 0;
        _shownPercent = -1;
    }
}

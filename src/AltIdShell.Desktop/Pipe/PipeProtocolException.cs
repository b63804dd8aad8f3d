using System;

namespace AltIdShell.Desktop.Pipe;

/// <summary>A pipe message the tray refuses: wrong version, too big, malformed, or naming a path it must not act on.</summary>
public sealed class PipeProtocolException : Exception
{
    public PipeProtocolException(string message)
        : base(message)
    {
    }
}

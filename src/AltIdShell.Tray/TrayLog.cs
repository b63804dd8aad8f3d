using System;
using System.Diagnostics;

namespace AltIdShell.Tray;

/// <summary>
/// Where the tray reports what went wrong without bothering the user: the trace (DebugView, or a listener in the
/// .config). Exceptions only: no password and no certificate contents ever reach an exception here.
/// </summary>
internal static class TrayLog
{
    public static void Fault(string where, Exception? exception) =>
        Trace.TraceError("AltIdShell tray, {0}: {1}", where, exception?.ToString() ?? "unknown fault");

    public static void Warning(string text) => Trace.TraceWarning("AltIdShell tray: {0}", text);
}

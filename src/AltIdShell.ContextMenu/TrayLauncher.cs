using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Starts AltIdShell.Tray.exe (<see cref="TrayLocation"/>) and streams the selection to its standard input. The write happens on
/// a background thread: a thousand paths overflow the pipe's buffer, and Explorer must not wait for the tray to read.
/// </summary>
internal static class TrayLauncher
{
    public static void Start(IReadOnlyList<string> selection)
    {
        var payload = SelectionHandoff.Encode(selection);
        var trayPath = TrayLocation.Choose(RegisteredTray.Path(), Path.GetDirectoryName(typeof(TrayLauncher).Assembly.Location)!);
        // No arguments: the tray reads its paths from standard input when it has no arguments and that input is redirected.
        var startInfo = new ProcessStartInfo(trayPath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetDirectoryName(trayPath)!,
        };
        var tray = Process.Start(startInfo)!;
        var writer = new Thread(() => Write(tray, payload)) { IsBackground = true, Name = "AltIdShell selection hand-over" };
        writer.Start();
    }

    private static void Write(Process tray, byte[] payload)
    {
        // An exception leaving a thread would end Explorer; the tray having exited early is the only likely one.
        try
        {
            using (tray)
            using (var input = tray.StandardInput.BaseStream)
            {
                input.Write(payload, 0, payload.Length);
            }
        }
        catch (Exception exception)
        {
            Trace.TraceWarning("AltIdShell: handing the selection to the tray failed: " + exception.Message);
        }
    }
}

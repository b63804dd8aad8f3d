using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Threading;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Starts AltIdShell.Tray.exe (<see cref="TrayLocation"/>, <see cref="TrayProcess"/>) and streams the selection to it
/// through a pipe of a fresh name (<see cref="SelectionHandoff"/>). The write happens on a background thread: a
/// thousand paths overflow the pipe's buffer, and Explorer must not wait for the tray to read.
/// </summary>
internal static class TrayLauncher
{
    /// <summary>How long the hand-over waits for the tray to connect: a cold start of .NET Framework after boot can take a while.</summary>
    private static readonly TimeSpan ConnectPatience = TimeSpan.FromSeconds(60);

    public static void Start(IReadOnlyList<string> selection, bool check)
    {
        var payload = SelectionHandoff.Encode(selection);
        var trayPath = TrayLocation.Choose(RegisteredTray.Path(), Path.GetDirectoryName(typeof(TrayLauncher).Assembly.Location)!);
        var pipeName = SelectionHandoff.NewPipeName();
        // Created before the tray starts, under a name no one could know: the tray is the first to connect.
        var pipe = TrayProcess.OnWindows
            ? new NamedPipeServerStream(pipeName, PipeDirection.Out, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous, 0, 0, UserOnlyPipe.Security(PipeAccessRights.ReadWrite))
            : new NamedPipeServerStream(pipeName, PipeDirection.Out, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous);
        try
        {
            TrayProcess.Start(trayPath, SelectionHandoff.Arguments(pipeName, check), Path.GetDirectoryName(trayPath)!);
        }
        catch
        {
            pipe.Dispose();
            throw;
        }
        var writer = new Thread(() => Write(pipe, payload)) { IsBackground = true, Name = "AltIdShell selection hand-over" };
        writer.Start();
    }

    private static void Write(NamedPipeServerStream pipe, byte[] payload)
    {
        // An exception leaving a thread would end Explorer; the tray never connecting or exiting early are the likely ones.
        try
        {
            using (pipe)
            {
                var connected = pipe.BeginWaitForConnection(null, null);
                if (!connected.AsyncWaitHandle.WaitOne(ConnectPatience))
                {
                    Trace.TraceWarning("AltIdShell: the tray did not connect to take the selection");
                    return;
                }
                pipe.EndWaitForConnection(connected);
                // Closing the server's end afterwards keeps what is written readable: the tray reads to the end.
                pipe.Write(payload, 0, payload.Length);
                pipe.Flush();
            }
        }
        catch (Exception exception)
        {
            Trace.TraceWarning("AltIdShell: handing the selection to the tray failed: " + exception.Message);
        }
    }
}

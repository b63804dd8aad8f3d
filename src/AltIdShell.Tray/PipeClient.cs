using System;
using System.IO;
using System.IO.Pipes;
using System.Threading;
using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Tray;

/// <summary>A later start of the tray hands its request to the running one (Windows only).</summary>
internal static class PipeClient
{
    /// <summary>Retries for a while: the running tray may itself be starting and not yet listening.</summary>
    public static bool TrySend(string pipeName, PipeMessage message, TimeSpan patience)
    {
        var payload = PipeProtocol.Encode(message);
        var deadline = DateTime.UtcNow + patience;
        do
        {
            try
            {
                using var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, PipeOptions.None);
                pipe.Connect(1000);
                // Explorer let this process take the foreground; pass that on so the tray's password dialog comes to the front.
                if (NativeMethods.GetNamedPipeServerProcessId(pipe.SafePipeHandle, out var server))
                    NativeMethods.AllowSetForegroundWindow(server);
                PipeProtocol.WriteFrame(pipe, payload);
                return pipe.ReadByte() == PipeProtocol.Accepted;
            }
            catch (Exception e) when (e is TimeoutException or IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }
}

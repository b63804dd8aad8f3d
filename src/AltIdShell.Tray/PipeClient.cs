using System;
using System.IO;
using System.IO.Pipes;
using System.Security.Principal;
using System.Threading;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Tray;

/// <summary>A later start of the tray hands its request to the running one (Windows only).</summary>
internal static class PipeClient
{
    /// <summary>
    /// Retries for a while: the running tray may itself be starting and not yet listening. Gives up at once on a
    /// server that is not the current user's own.
    /// </summary>
    public static bool TrySend(string pipeName, LaunchRequest request, TimeSpan patience)
    {
        var payload = PipeProtocol.Encode(request);
        var deadline = DateTime.UtcNow + patience;
        do
        {
            try
            {
                // Identification: a server that is not ours learns who we are but cannot act as us.
                using var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, PipeOptions.None, TokenImpersonationLevel.Identification);
                pipe.Connect(1000);
                var server = PipeServerIdentity.Trusted(pipe.SafePipeHandle);
                if (server == null)
                {
                    TrayLog.Warning("the pipe's server is not this user's tray (another user, a lower integrity level or an AppContainer); nothing sent");
                    return false;
                }
                // Explorer let this process take the foreground; pass that on so the tray's password dialog comes to the front.
                NativeMethods.AllowSetForegroundWindow(server.Value);
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

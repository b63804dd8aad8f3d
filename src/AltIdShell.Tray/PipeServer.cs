using System;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Security.AccessControl;
using System.Security.Principal;
using System.Threading;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Tray;

/// <summary>
/// Listens for later starts of the tray (Windows only). The pipe's DACL admits only the current user, with no
/// inherited entries; each message is decoded as if a stranger sent it, then handed to the UI thread. Clients over
/// <see cref="RequestRateLimit"/> are dropped unread.
/// </summary>
internal sealed class PipeServer : IDisposable
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(5);
    private readonly string name;
    private readonly Action<PipeMessage> onMessage;
    private readonly ManualResetEvent stop = new(false);
    private readonly Thread thread;
    private readonly RequestRateLimit rateLimit;

    public PipeServer(string name, Action<PipeMessage> onMessage)
    {
        this.name = name;
        this.onMessage = onMessage;
        thread = new Thread(Listen) { IsBackground = true, Name = "AltIdShell pipe server" };
        var sinceStart = Stopwatch.StartNew();
        rateLimit = new RequestRateLimit(() => sinceStart.Elapsed);
    }

    public void Start() => thread.Start();

    public void Dispose()
    {
        stop.Set();
        thread.Join(TimeSpan.FromSeconds(2));
        stop.Dispose();
    }

    private static PipeSecurity CurrentUserOnly()
    {
        var security = new PipeSecurity();
        security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        security.AddAccessRule(new PipeAccessRule(WindowsIdentity.GetCurrent().User!, PipeAccessRights.FullControl, AccessControlType.Allow));
        return security;
    }

    private void Listen()
    {
        var security = CurrentUserOnly();
        while (!stop.WaitOne(0))
        {
            try
            {
                using var pipe = new NamedPipeServerStream(name, PipeDirection.InOut, 1, PipeTransmissionMode.Byte,
                    PipeOptions.Asynchronous, 4096, 4096, security);
                var connected = pipe.BeginWaitForConnection(null, null);
                if (WaitHandle.WaitAny(new[] { connected.AsyncWaitHandle, stop }) == 1)
                    return;
                pipe.EndWaitForConnection(connected);
                Serve(pipe);
            }
            catch (IOException)
            {
                // Another process holds the name (a tray of another session, or a squatter): try again shortly.
                if (stop.WaitOne(TimeSpan.FromSeconds(2)))
                    return;
            }
        }
    }

    /// <summary>One client: a silent one is cut off after a few seconds so it cannot block the next.</summary>
    private void Serve(NamedPipeServerStream pipe)
    {
        if (!rateLimit.TryAdmit())
        {
            // Closing unread (Listen disposes the pipe) costs the flood nothing to decode and shows the user nothing.
            Trace.TraceWarning("AltIdShell pipe: request dropped, more than {0} in {1}", RequestRateLimit.MaxRequests, RequestRateLimit.Window);
            return;
        }
        using var cutOff = new Timer(_ => pipe.Dispose(), null, ClientTimeout, Timeout.InfiniteTimeSpan);
        PipeMessage message;
        try
        {
            message = PipeProtocol.Decode(PipeProtocol.ReadFrame(pipe), CertificatePath.CurrentStyle, File.Exists);
        }
        catch (PipeProtocolException)
        {
            Reply(pipe, PipeProtocol.Rejected);
            return;
        }
        catch (Exception e) when (e is ObjectDisposedException or IOException)
        {
            // Cut off, or the client hung up mid-message.
            return;
        }
        Reply(pipe, PipeProtocol.Accepted);
        onMessage(message);
    }

    private static void Reply(Stream pipe, byte reply)
    {
        try
        {
            pipe.WriteByte(reply);
            pipe.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The client went away; it will report the failure itself.
        }
    }
}

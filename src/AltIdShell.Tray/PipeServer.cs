using System;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Threading;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Pipe;
using AltIdShell.Shared;

namespace AltIdShell.Tray;

/// <summary>
/// Listens for later starts of the tray (Windows only), one instance for the tray's life (<see cref="PipeListenLoop"/>).
/// The pipe's DACL admits only the current user and denies network logons, with no inherited entries; each
/// message is decoded as if a stranger sent it, then handed to the UI thread. Clients over
/// <see cref="RequestRateLimit"/> are dropped unread.
/// </summary>
internal sealed class PipeServer : IDisposable
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(5);
    private readonly string _name;
    private readonly Action<LaunchRequest> _onRequest;
    private readonly ManualResetEvent _stop = new(false);
    private readonly Thread _thread;
    private readonly RequestRateLimit _rateLimit;

    public PipeServer(string name, Action<LaunchRequest> onRequest)
    {
        _name = name;
        _onRequest = onRequest;
        var loop = new PipeListenLoop(Create, pause => _stop.WaitOne(pause), e => TrayLog.Fault("pipe server", e));
        _thread = new Thread(loop.Run) { IsBackground = true, Name = "AltIdShell pipe server" };
        var sinceStart = Stopwatch.StartNew();
        _rateLimit = new RequestRateLimit(() => sinceStart.Elapsed);
    }

    public void Start() => _thread.Start();

    public void Dispose()
    {
        _stop.Set();
        _thread.Join(TimeSpan.FromSeconds(2));
    }

    /// <summary>
    /// At most one instance: .NET Framework then sets FILE_FLAG_FIRST_PIPE_INSTANCE, so this fails rather than join a
    /// pipe another process created first under our name.
    /// </summary>
    private IPipeEndpoint Create() => new Endpoint(this, new NamedPipeServerStream(_name, PipeDirection.InOut, 1,
        PipeTransmissionMode.Byte, PipeOptions.Asynchronous, 4096, 4096, UserOnlyPipe.Security(PipeAccessRights.FullControl)));

    private sealed class Endpoint : IPipeEndpoint
    {
        private readonly PipeServer _server;
        private readonly NamedPipeServerStream _pipe;

        public Endpoint(PipeServer server, NamedPipeServerStream pipe)
        {
            _server = server;
            _pipe = pipe;
        }

        public bool WaitForClient()
        {
            var connected = _pipe.BeginWaitForConnection(null, null);
            if (WaitHandle.WaitAny(new[] { connected.AsyncWaitHandle, _server._stop }) == 1)
                return false;
            _pipe.EndWaitForConnection(connected);
            return true;
        }

        /// <summary>One client: a silent one is cut off after a few seconds (its I/O cancelled) so it cannot block the next.</summary>
        public void Serve()
        {
            if (!_server._rateLimit.TryAdmit())
            {
                // Disconnecting unread costs the flood nothing to decode and shows the user nothing.
                TrayLog.Warning($"pipe request dropped, more than {RequestRateLimit.MaxRequests} in {RequestRateLimit.Window}");
                return;
            }
            LaunchRequest? request;
            var cutOff = new Timer(_ => NativeMethods.CancelIoEx(_pipe.SafePipeHandle, IntPtr.Zero), null, ClientTimeout, Timeout.InfiniteTimeSpan);
            try
            {
                request = ReadAndAnswer();
            }
            finally
            {
                // A cut-off still running would cancel the wait for the next client on the same handle: let it finish.
                using var finished = new ManualResetEvent(false);
                if (cutOff.Dispose(finished))
                    finished.WaitOne();
            }
            if (request != null)
                _server._onRequest(request);
        }

        private LaunchRequest? ReadAndAnswer()
        {
            try
            {
                LaunchRequest request;
                try
                {
                    request = PipeProtocol.Decode(PipeProtocol.ReadFrame(_pipe), CertificatePath.CurrentStyle, TrayFiles.Exists);
                }
                catch (PipeProtocolException)
                {
                    Reply(PipeProtocol.Rejected);
                    return null;
                }
                Reply(PipeProtocol.Accepted);
                return request;
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                // Cut off, or the client hung up mid-message.
                return null;
            }
        }

        public void Disconnect()
        {
            if (_pipe.IsConnected)
                _pipe.Disconnect();
        }

        public void Dispose() => _pipe.Dispose();

        private void Reply(byte reply)
        {
            try
            {
                _pipe.WriteByte(reply);
                // Until the client has read it: Disconnect discards whatever is still unread in the pipe.
                _pipe.WaitForPipeDrain();
            }
            catch (IOException)
            {
                // The client hung up, with or without the answer: the request stands, as the client may have read it.
            }
        }
    }
}

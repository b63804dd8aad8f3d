using System;

namespace AltIdShell.Desktop.Pipe;

/// <summary>
/// The tray's pipe server loop. One instance serves client after client (wait, serve, disconnect), so the name is
/// never given up between clients: recreating an instance per client fails with access denied while the last
/// client still holds its end, or when another process took the name in the gap, and that used to end the tray.
/// Any failure is logged; the instance is then recreated after a pause, until the tray stops.
/// </summary>
public sealed class PipeListenLoop
{
    public static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(2);

    private readonly Func<IPipeEndpoint> _create;
    private readonly Func<TimeSpan, bool> _pauseUnlessStopped;
    private readonly Action<Exception> _log;

    /// <param name="create">Claims the pipe name (first instance) with the tray's access list.</param>
    /// <param name="pauseUnlessStopped">Waits the given time; true when the tray stopped meanwhile.</param>
    /// <param name="log">Told of every failure; the loop goes on.</param>
    public PipeListenLoop(Func<IPipeEndpoint> create, Func<TimeSpan, bool> pauseUnlessStopped, Action<Exception> log)
    {
        _create = create;
        _pauseUnlessStopped = pauseUnlessStopped;
        _log = log;
    }

    /// <summary>Returns only when the tray stops; never throws.</summary>
    public void Run()
    {
        IPipeEndpoint? endpoint = null;
        try
        {
            while (true)
            {
                try
                {
                    endpoint ??= _create();
                    if (!endpoint.WaitForClient())
                        return;
                    try
                    {
                        endpoint.Serve();
                    }
                    finally
                    {
                        endpoint.Disconnect();
                    }
                }
                catch (Exception e)
                {
                    _log(e);
                    Dispose(ref endpoint);
                    if (_pauseUnlessStopped(RetryPause))
                        return;
                }
            }
        }
        finally
        {
            Dispose(ref endpoint);
        }
    }

    private void Dispose(ref IPipeEndpoint? endpoint)
    {
        try
        {
            endpoint?.Dispose();
        }
        catch (Exception e)
        {
            _log(e);
        }
        endpoint = null;
    }
}

using System;

namespace AltIdShell.Desktop.Pipe;

/// <summary>One server instance of the tray's pipe, as <see cref="PipeListenLoop"/> drives it.</summary>
public interface IPipeEndpoint : IDisposable
{
    /// <summary>Blocks until a client connects: true, or the tray is stopping: false.</summary>
    bool WaitForClient();

    /// <summary>Reads and answers the connected client's one request.</summary>
    void Serve();

    /// <summary>Ends the connection so the same instance can take the next client.</summary>
    void Disconnect();
}

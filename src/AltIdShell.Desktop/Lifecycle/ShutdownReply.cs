namespace AltIdShell.Desktop.Lifecycle;

/// <summary>How the tray answers a window message that asks it to close.</summary>
public enum ShutdownReply
{
    /// <summary>Not a close request: the window's default handling.</summary>
    NotOurs,
    /// <summary>Answer TRUE (ready to close) and keep running until told the session really ends.</summary>
    AgreeAndWait,
    /// <summary>Close now: dispose the icon, free the pipe name, release the install folder.</summary>
    Exit,
}

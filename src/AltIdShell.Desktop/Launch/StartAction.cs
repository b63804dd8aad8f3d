namespace AltIdShell.Desktop.Launch;

/// <summary>What one start of AltIdShell.Tray.exe does, decided by <see cref="StartPlan"/>.</summary>
public enum StartAction
{
    /// <summary>Exit at once, showing nothing.</summary>
    Nothing,
    /// <summary>Say why the request cannot be done (a message box), then exit.</summary>
    TellUser,
    /// <summary>Become the resident tray: icon, pipe server, and this request as its first job.</summary>
    BecomeTray,
    /// <summary>Hand the request to the running tray over the pipe, then exit.</summary>
    Forward,
    /// <summary>Do this one request here without icon or pipe, and exit when it is done.</summary>
    DoOnceAndExit,
}

namespace AltIdShell.Desktop.Launch;

/// <summary>What one start of AltIdShell.Tray.exe asks for, and what a later start forwards to the running tray.</summary>
public enum LaunchKind
{
    /// <summary>Started by hand: become the tray, or bring the running tray's recent-exports window forward.</summary>
    Show,
    /// <summary>Started with Windows (--background): the tray icon only, no window.</summary>
    Background,
    /// <summary>Export these .p12/.pfx files.</summary>
    Export,
    /// <summary>Check these .cer/.crt/.p7b files against AltID and show the verdict; nothing is written.</summary>
    Check,
    /// <summary>A notification button's altidshell: URI.</summary>
    Activate,
    /// <summary>--exit: the running tray is to close (the installer asks before it replaces or removes the files).</summary>
    Exit,
    /// <summary>Something the tray does not understand; <see cref="LaunchRequest.Problem"/> says what.</summary>
    Invalid,
}

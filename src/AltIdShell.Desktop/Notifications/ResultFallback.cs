namespace AltIdShell.Desktop.Notifications;

/// <summary>How the user learns of a finished export when no toast was shown.</summary>
public enum ResultFallback
{
    /// <summary>The toast was shown: nothing more.</summary>
    None,
    /// <summary>A balloon from the tray icon.</summary>
    Balloon,
    /// <summary>The recent-exports window, with the new export at the top.</summary>
    RecentWindow,
}

namespace AltIdShell.Desktop.Notifications;

/// <summary>What became of a toast.</summary>
public enum ToastOutcome
{
    Shown,
    /// <summary>Notifications are off for the app, by the user or by policy.</summary>
    Disabled,
    /// <summary>No toast here at all: not Windows, no identity, the platform failed or did not answer in time.</summary>
    Unavailable,
}

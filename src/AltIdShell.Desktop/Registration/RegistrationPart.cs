namespace AltIdShell.Desktop.Registration;

/// <summary>
/// What an entry is for. The installers write every part but <see cref="Autostart"/>: "Start with Windows" is the
/// user's choice, kept by the tray (an installer's value would come back at every upgrade or repair). The entry still
/// defines the value that uninstalling and unregistering remove.
/// </summary>
public enum RegistrationPart
{
    ContextMenuHandler,
    NotificationIdentity,
    UrlProtocol,
    Autostart,
}

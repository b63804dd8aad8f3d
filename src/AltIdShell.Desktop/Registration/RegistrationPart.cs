namespace AltIdShell.Desktop.Registration;

/// <summary>
/// What an entry is for. The installer puts <see cref="Autostart"/> in a feature of its own so it can be left out;
/// the other parts are always installed together.
/// </summary>
public enum RegistrationPart
{
    ContextMenuHandler,
    NotificationIdentity,
    UrlProtocol,
    Autostart,
}

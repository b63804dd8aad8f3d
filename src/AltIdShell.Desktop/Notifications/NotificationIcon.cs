using AltIdShell.Core.Certificates;

namespace AltIdShell.Desktop.Notifications;

/// <summary>The icon beside a notification, following the verdict: a test certificate is no error, an unsuitable one is.</summary>
public enum NotificationIcon
{
    Information,
    Warning,
    Error,
}

public static class NotificationIcons
{
    public static NotificationIcon For(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Suitable => NotificationIcon.Information,
        VerdictKind.TestOnly => NotificationIcon.Warning,
        _ => NotificationIcon.Error,
    };
}

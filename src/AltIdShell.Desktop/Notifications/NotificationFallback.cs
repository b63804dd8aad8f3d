namespace AltIdShell.Desktop.Notifications;

/// <summary>
/// Where an export's result goes when the toast was not shown. On Windows 10 and 11 balloons obey the same
/// notification settings as toasts, so when notifications are off a balloon would be seen by no one; and a process
/// that exits after its one job takes its icon, and the balloon with it.
/// </summary>
public static class NotificationFallback
{
    /// <param name="toast">What became of the toast.</param>
    /// <param name="resident">This is the resident tray, whose icon stays.</param>
    public static ResultFallback For(ToastOutcome toast, bool resident) => toast switch
    {
        ToastOutcome.Shown => ResultFallback.None,
        ToastOutcome.Unavailable when resident => ResultFallback.Balloon,
        _ => ResultFallback.RecentWindow,
    };
}

using System;
using System.Globalization;
using System.Windows.Forms;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Notifications;
using AltIdShell.Desktop.Reminders;
using AltIdShell.Tray.WinRt;

namespace AltIdShell.Tray;

/// <summary>
/// Tells the user an export is done: a toast where Windows allows one, else as <see cref="NotificationFallback"/>
/// says: a balloon from the tray icon, or the recent-exports window when a balloon would not be seen.
/// </summary>
internal sealed class Notifier
{
    private readonly NotifyIcon _icon;
    private readonly bool _resident;
    private readonly Action _showRecent;

    public Notifier(NotifyIcon icon, bool resident, Action showRecent)
    {
        _icon = icon;
        _resident = resident;
        _showRecent = showRecent;
    }

    public void ShowExport(ExportResult result)
    {
        var notification = ExportNotification.For(result, CultureInfo.CurrentUICulture, LocalTime.OfThisComputer);
        var balloon = BalloonText.For(notification);
        Show(ToastXml.Build(notification), balloon);
    }

    /// <summary>A renewal reminder: a toast with its buttons, else as for an export.</summary>
    public void ShowReminder(RenewalReminder reminder)
    {
        var notification = RenewalNotification.For(reminder, CultureInfo.CurrentUICulture);
        Show(ToastXml.Build(notification), BalloonText.For(notification));
    }

    private void Show(string toastXml, BalloonText balloon)
    {
        switch (NotificationFallback.For(ToastSender.Show(toastXml), _resident))
        {
            case ResultFallback.Balloon:
                _icon.ShowBalloonTip(10_000, balloon.Title, balloon.Text, Icon(balloon.Icon));
                break;
            case ResultFallback.RecentWindow:
                _showRecent();
                break;
        }
    }

    private static ToolTipIcon Icon(NotificationIcon icon) => icon switch
    {
        NotificationIcon.Information => ToolTipIcon.Info,
        NotificationIcon.Warning => ToolTipIcon.Warning,
        _ => ToolTipIcon.Error,
    };
}

using System.Globalization;
using System.Windows.Forms;
using AltIdShell.Core.Export;
using AltIdShell.Desktop.Notifications;
using AltIdShell.Desktop.Reminders;
using AltIdShell.Tray.WinRt;

namespace AltIdShell.Tray;

/// <summary>Tells the user an export is done: a toast where Windows allows one, else a balloon from the tray icon.</summary>
internal sealed class Notifier
{
    private readonly NotifyIcon icon;

    public Notifier(NotifyIcon icon)
    {
        this.icon = icon;
    }

    public void ShowExport(ExportResult result)
    {
        var notification = ExportNotification.For(result, CultureInfo.CurrentUICulture);
        if (ToastSender.TryShow(ToastXml.Build(notification)))
            return;
        var balloon = BalloonText.For(notification);
        icon.ShowBalloonTip(10_000, balloon.Title, balloon.Text, balloon.HasWarnings ? ToolTipIcon.Warning : ToolTipIcon.Info);
    }

    /// <summary>A renewal reminder: a toast with its buttons, else a balloon whose click opens the recent list.</summary>
    public void ShowReminder(RenewalReminder reminder)
    {
        var notification = RenewalNotification.For(reminder, CultureInfo.CurrentUICulture);
        if (ToastSender.TryShow(ToastXml.Build(notification)))
            return;
        var balloon = BalloonText.For(notification);
        icon.ShowBalloonTip(10_000, balloon.Title, balloon.Text, ToolTipIcon.Warning);
    }
}

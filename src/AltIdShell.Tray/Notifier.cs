using System;
using System.Globalization;
using System.Windows.Forms;
using AltIdShell.Core.Export;
using AltIdShell.Desktop.Notifications;
using AltIdShell.Tray.WinRt;

namespace AltIdShell.Tray;

/// <summary>
/// Tells the user an export is done: a toast where Windows allows one, else as <see cref="NotificationFallback"/>
/// says: a balloon from the tray icon, or the recent-exports window when a balloon would not be seen.
/// </summary>
internal sealed class Notifier
{
    private readonly NotifyIcon icon;
    private readonly bool resident;
    private readonly Action showRecent;

    public Notifier(NotifyIcon icon, bool resident, Action showRecent)
    {
        this.icon = icon;
        this.resident = resident;
        this.showRecent = showRecent;
    }

    public void ShowExport(ExportResult result)
    {
        var notification = ExportNotification.For(result, CultureInfo.CurrentUICulture);
        switch (NotificationFallback.For(ToastSender.Show(ToastXml.Build(notification)), resident))
        {
            case ResultFallback.Balloon:
                var balloon = BalloonText.For(notification);
                icon.ShowBalloonTip(10_000, balloon.Title, balloon.Text, balloon.HasWarnings ? ToolTipIcon.Warning : ToolTipIcon.Info);
                break;
            case ResultFallback.RecentWindow:
                showRecent();
                break;
        }
    }
}

using System.Linq;

namespace AltIdShell.Desktop.Notifications;

/// <summary>The same notification for a NotifyIcon balloon, which has no buttons and which Windows cuts at 63/255 characters.</summary>
public sealed record BalloonText
{
    public const int MaxTitleLength = 63;
    public const int MaxTextLength = 255;

    private BalloonText(string title, string text, NotificationIcon icon)
    {
        Title = title;
        Text = text;
        Icon = icon;
    }

    public string Title { get; }
    public string Text { get; }
    public NotificationIcon Icon { get; }

    public static BalloonText For(ExportNotification notification)
    {
        // The verdict leads, so cutting at Windows' limit only ever loses details, never the answer.
        var lines = new[] { notification.Verdict }.Concat(notification.Lines).Concat(notification.Reasons);
        return new BalloonText(Cut(notification.Title, MaxTitleLength), Cut(string.Join("\n", lines), MaxTextLength), notification.Icon);
    }

    /// <summary>A renewal reminder; a balloon has no buttons, so clicking it opens the recent list instead.</summary>
    public static BalloonText For(RenewalNotification notification) =>
        new(Cut(notification.Title, MaxTitleLength), Cut(notification.Text, MaxTextLength), NotificationIcon.Warning);

    private static string Cut(string text, int max) =>
        text.Length <= max ? text : text.Substring(0, char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1) + "…";
}

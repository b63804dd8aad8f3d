using System.Globalization;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Reminders;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Desktop.Notifications;

/// <summary>A renewal reminder in one language, before it becomes toast XML or a balloon.</summary>
public sealed record RenewalNotification(string Title, string Text, string OpenRegisterLabel, string StopLabel, string StopUri)
{
    public static RenewalNotification For(RenewalReminder reminder, CultureInfo culture) => new(
        TrayText.ReminderTitle.For(culture),
        reminder.Text.For(culture),
        TrayText.ReminderOpenRegister.For(culture),
        TrayText.ReminderStop.For(culture),
        ActivationUri.Build(ActivationAction.StopReminding, reminder.Certificate.OutputPath));
}

using System;
using System.IO;
using System.Windows.Forms;
using AltIdShell.Desktop.Recent;
using AltIdShell.Desktop.Reminders;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray;

/// <summary>
/// Shows the renewal reminders the desktop rules find due (<see cref="RenewalReminderPlanner"/>): at start and once a
/// day, on the UI thread's timer. Remembers each one shown, and the certificates the user silenced, across restarts.
/// </summary>
internal sealed class RenewalReminders : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    private readonly RecentExportsStore _recent;
    private readonly ReminderStateStore _state;
    private readonly Notifier _notifier;
    private readonly Timer _timer = new() { Interval = (int)Interval.TotalMilliseconds };

    public RenewalReminders(RecentExportsStore recent, Notifier notifier)
    {
        _recent = recent;
        _notifier = notifier;
        _state = new ReminderStateStore(recent.Folder);
        _timer.Tick += (_, _) => Check();
    }

    public void Start()
    {
        Check();
        _timer.Start();
    }

    /// <summary>Shows what is due now. A list or state that cannot be read or written costs a reminder, never the tray.</summary>
    public void Check()
    {
        try
        {
            var current = _state.Load();
            foreach (var reminder in RenewalReminderPlanner.Due(_recent.Load(), current, DateTimeOffset.UtcNow))
            {
                _notifier.ShowReminder(reminder);
                current = current.WithReminded(reminder);
            }
            _state.Save(current);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tried again tomorrow.
        }
    }

    /// <summary>The notification's "Stop reminding" for a certificate in our own list.</summary>
    public void Silence(RecentExport certificate)
    {
        try
        {
            _state.Save(_state.Load().WithSilenced(certificate.Sha256Fingerprint));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            MessageBox.Show(TrayText.ErrorReminders.Format(e.Message).ToString(), TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
        }
    }

    public void Dispose() => _timer.Dispose();
}

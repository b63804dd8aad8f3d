using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using System.Windows.Forms;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Export;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Recent;
using AltIdShell.Desktop.Tray;
using AltIdShell.Tray.Dialogs;

namespace AltIdShell.Tray;

/// <summary>
/// The running tray: the notify icon and its menu, the export queue, the recent-exports window and the requests
/// that later starts send over the pipe. Everything here runs on the UI thread. A tray that is not resident (a
/// start that only does its one job, <see cref="StartAction.DoOnceAndExit"/>) exits once that job and its window are done.
/// </summary>
internal sealed class TrayApplication : ApplicationContext
{
    private const int MenuRecentCount = 5;
    private readonly NotifyIcon _icon;
    private readonly Notifier _notifier;
    private readonly RecentExportsStore _store = new(RecentExportsStore.DefaultFolder);
    private readonly Queue<IReadOnlyList<string>> _pending = new();
    private readonly string _executablePath = Assembly.GetExecutingAssembly().Location;
    private readonly SynchronizationContext _ui;
    private readonly bool _resident;
    private readonly ShutdownWindow? _shutdown;
    private PipeServer? _server;
    private RecentExportsWindow? _window;
    private StoreCertificatesWindow? _storeWindow;
    private readonly RenewalReminders _reminders;
    private bool _exporting;
    /// <summary>Check windows open or being prepared: a start that only checks stays until they close.</summary>
    private int _checks;

    public TrayApplication(bool resident)
    {
        _resident = resident;
        // NotifyIcon re-adds itself when Explorer restarts: it listens for the TaskbarCreated message on its own window.
        _icon = new NotifyIcon
        {
            Icon = AppIcon.Small,
            Text = TrayText.TrayTooltip.ToString(),
            ContextMenuStrip = new ContextMenuStrip(),
            Visible = true,
        };
        // Creating the menu strip installed WinForms' context on this thread: the pipe thread posts through it.
        _ui = SynchronizationContext.Current!;
        _icon.ContextMenuStrip.Opening += (_, _) => BuildMenu(_icon.ContextMenuStrip);
        BuildMenu(_icon.ContextMenuStrip);
        _icon.MouseClick += (_, e) =>
        {
            if (e.Button == MouseButtons.Left)
                ShowRecent();
        };
        _notifier = new Notifier(_icon, resident, ShowRecent);
        _reminders = new RenewalReminders(_store, _notifier);
        // Only the tray that stays reminds: a start that exits after its one job would remind and vanish.
        if (resident)
            _ui.Post(_ => _reminders.Start(), null);
        if (TrayPlatform.IsWindows)
        {
            _shutdown = new ShutdownWindow(ExitThread);
            if (resident)
            {
                ChangeAutostart(() => AutostartSetting.FollowMove(_executablePath));
                ChangeAutostart(() => FirstStartFollowUp.Run(_executablePath));
            }
        }
        _icon.BalloonTipClicked += (_, _) => ShowRecent();
    }

    /// <summary>Serves later starts of the tray from now on (Windows only).</summary>
    public void Listen(string pipeName)
    {
        _server = new PipeServer(pipeName, request => _ui.Post(_ => Handle(request), null));
        _server.Start();
    }

    /// <summary>What this start was asked for; runs once the message loop is going.</summary>
    public void Post(LaunchRequest request) => _ui.Post(_ =>
    {
        Handle(request);
        ExitWhenDone();
    }, null);

    /// <summary>One handler for this start's own request and for those that later starts forward.</summary>
    private void Handle(LaunchRequest request)
    {
        switch (request.Kind)
        {
            case LaunchKind.Show:
                ShowRecent();
                break;
            case LaunchKind.Export:
                Enqueue(request.Paths);
                break;
            case LaunchKind.Check:
                Check(request.Paths);
                break;
            case LaunchKind.Activate:
                Activate(request.Uri!);
                break;
            case LaunchKind.Exit:
                ExitThread();
                break;
            case LaunchKind.Invalid when request.TellsUser:
                // A click of the Windows 11 verb the tray cannot do (a file gone since the menu opened, too many files).
                LaunchRefusal.Show(request);
                break;
        }
    }

    /// <summary>Whether an export runs or a window of the tray's is open: a restart waits for neither.</summary>
    public bool IsBusy => _exporting || _checks > 0 || _window is { IsDisposed: false } || _storeWindow is { IsDisposed: false };

    /// <summary>Batches arriving while a dialog is open wait their turn rather than stacking dialogs.</summary>
    // The tray asks the OCSP responder (on the export's worker thread); a missing answer is said, never taken as "good".
    // ALTID_OFFLINE=1 asks nobody, for machines without a network and for tests, which never reach a real responder.
    private static readonly CertificateExporter Exporter = CertificateExporter.Default.With(
        Environment.GetEnvironmentVariable("ALTID_OFFLINE") == "1" ? CertificateChecks.Offline : CertificateChecks.Online());

    private async void Enqueue(IReadOnlyList<string> paths)
    {
        _pending.Enqueue(paths);
        if (_exporting)
            return;
        _exporting = true;
        try
        {
            while (_pending.Count > 0)
                await new ExportFlow(Exporter, new DialogExportUi(Record)).RunAsync(_pending.Dequeue());
        }
        finally
        {
            _exporting = false;
        }
        ExitWhenDone();
    }

    /// <summary>Reads the files away from the UI thread (the revocation check asks the network), then shows what they are.</summary>
    private async void Check(IReadOnlyList<string> paths)
    {
        _checks++;
        try
        {
            var culture = CultureInfo.CurrentUICulture;
            var reports = await Task.Run(() => paths.Select(path => CertificateCheckReport.For(path, p => Exporter.InspectCer(p), culture, LocalTime.OfThisComputer)).ToList());
            var checkWindow = new CertificateCheckWindow(reports);
            checkWindow.FormClosed += (_, _) =>
            {
                _checks--;
                ExitWhenDone();
            };
            _checks++;
            checkWindow.Show();
            checkWindow.Activate();
        }
        finally
        {
            _checks--;
            ExitWhenDone();
        }
    }

    /// <summary>A start that only does its one job leaves when no export runs and no window is open.</summary>
    private void ExitWhenDone()
    {
        if (!_resident && !_exporting && _checks == 0 && (_window == null || _window.IsDisposed))
            ExitThread();
    }

    private void Record(string source, ExportResult result)
    {
        try
        {
            _store.Add(RecentExport.From(source, result, DateTimeOffset.Now));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            MessageBox.Show(TrayText.ErrorRecentList.Format(e.Message).ToString(), TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
        }
        _window?.Reload();
        _notifier.ShowExport(result);
    }

    /// <summary>A notification button: acted on only as <see cref="RecentActivation"/> allows, whoever crafted the URI.</summary>
    private void Activate(string uri)
    {
        if (!ActivationUri.TryParse(uri, out var command))
            return;
        if (command!.Action == ActivationAction.StopReminding)
        {
            // Silencing needs the certificate in our own list, not its .cer still on disk; and the user's yes, since any
            // program or web page can send this URI (security F13). No is the default: a stray Enter keeps the reminders.
            if (RecentActivation.Target(command, LoadRecent(), _ => true) is { } listed
                && MessageBox.Show(TrayText.ReminderStopQuestionFor(listed).ToString(), TrayText.ProductName.ToString(),
                    MessageBoxButtons.YesNo, MessageBoxIcon.Question, MessageBoxDefaultButton.Button2) == DialogResult.Yes)
                _reminders.Silence(listed);
            return;
        }
        var entry = RecentActivation.Target(command, LoadRecent(), TrayFiles.Exists);
        if (entry == null)
        {
            ShowRecent();
            return;
        }
        if (command!.Action == ActivationAction.OpenFolder)
            ShellActions.Reveal(entry.OutputPath);
        else if (!ShellActions.CopyText(entry.OutputPath))
            MessageBox.Show(TrayText.ErrorClipboardBusy.ToString(), TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
    }

    private IReadOnlyList<RecentExport> LoadRecent()
    {
        try
        {
            return _store.Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<RecentExport>();
        }
    }

    private void ShowRecent()
    {
        if (_window == null || _window.IsDisposed)
        {
            _window = new RecentExportsWindow(_store);
            _window.FormClosed += (_, _) =>
            {
                _window = null;
                ExitWhenDone();
            };
        }
        _window.Reload();
        _window.Show();
        if (_window.WindowState == FormWindowState.Minimized)
            _window.WindowState = FormWindowState.Normal;
        _window.Activate();
    }

    private void ShowStore()
    {
        if (_storeWindow == null || _storeWindow.IsDisposed)
        {
            _storeWindow = new StoreCertificatesWindow(X509StoreSource.PersonalStores, Record);
            _storeWindow.FormClosed += (_, _) => _storeWindow = null;
        }
        else
        {
            _storeWindow.Reload();
        }
        _storeWindow.Show();
        _storeWindow.Activate();
    }

    private void BuildMenu(ContextMenuStrip menu)
    {
        menu.Items.Clear();
        var recent = LoadRecent().Take(MenuRecentCount).ToList();
        if (recent.Count == 0)
            menu.Items.Add(new ToolStripMenuItem(TrayText.Menu.NoExports.ToString()) { Enabled = false });
        foreach (var entry in recent)
        {
            var text = RecentExportRow.MenuEntry(entry, LocalTime.OfThisComputer).ToString();
            var item = new ToolStripMenuItem(text.Replace("&", "&&")) { ToolTipText = RecentExportRow.ToolTip(entry) };
            item.Click += (_, _) => ShellActions.Reveal(entry.OutputPath);
            menu.Items.Add(item);
        }
        menu.Items.Add(new ToolStripSeparator());
        menu.Items.Add(TrayText.Menu.Export.ToString(), null, (_, _) => PickAndExport());
        menu.Items.Add(TrayText.Menu.ExportFromStore.ToString(), null, (_, _) => ShowStore());
        menu.Items.Add(TrayText.Menu.ShowAll.ToString(), null, (_, _) => ShowRecent());
        if (TrayPlatform.IsWindows)
        {
            var autostart = new ToolStripMenuItem(TrayText.Menu.StartWithWindows.ToString()) { Checked = AutostartSetting.IsEnabled() };
            autostart.Click += (_, _) => ToggleAutostart(!autostart.Checked);
            menu.Items.Add(autostart);
        }
        menu.Items.Add(TrayText.Menu.About.ToString(), null, (_, _) => ShowAbout());
        menu.Items.Add(new ToolStripSeparator());
        menu.Items.Add(TrayText.Menu.Exit.ToString(), null, (_, _) => ExitThread());
    }

    private void PickAndExport()
    {
        using var picker = new OpenFileDialog
        {
            Title = TrayText.PickerTitle.ToString(),
            Filter = TrayText.PickerFilter.ToString(),
            Multiselect = true,
            CheckFileExists = true,
        };
        if (picker.ShowDialog() != DialogResult.OK)
            return;
        var request = LaunchParser.ValidatePaths(picker.FileNames, CertificatePath.CurrentStyle, TrayFiles.Exists);
        if (request.Kind == LaunchKind.Export)
            Enqueue(request.Paths);
    }

    private void ToggleAutostart(bool enabled) => ChangeAutostart(() => AutostartSetting.Set(enabled, _executablePath));

    private static void ChangeAutostart(Action change)
    {
        try
        {
            change();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or System.Security.SecurityException or IOException)
        {
            MessageBox.Show(TrayText.ErrorAutostart.Format(e.Message).ToString(), TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
        }
    }

    private static void ShowAbout()
    {
        var version = Assembly.GetExecutingAssembly().GetName().Version?.ToString(3) ?? "";
        MessageBox.Show(TrayText.AboutText.Format(version).ToString(), TrayText.Menu.About.ToString().Replace("&", ""), MessageBoxButtons.OK, MessageBoxIcon.Information);
    }

    protected override void ExitThreadCore()
    {
        _icon.Visible = false;
        _window?.Close();
        _storeWindow?.Close();
        base.ExitThreadCore();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _server?.Dispose();
            _shutdown?.DestroyHandle();
            _reminders.Dispose();
            _icon.Dispose();
        }
        base.Dispose(disposing);
    }
}

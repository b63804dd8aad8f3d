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
using AltIdShell.Desktop.Activation;
using AltIdShell.Core.Export;
using AltIdShell.Core.Flow;
using AltIdShell.Core.Store;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Pipe;
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
    private const int MenuItemMaxLength = 44;
    private readonly NotifyIcon icon;
    private readonly Notifier notifier;
    private readonly RecentExportsStore store = new(RecentExportsStore.DefaultFolder);
    private readonly Queue<IReadOnlyList<string>> pending = new();
    private readonly string executablePath = Assembly.GetExecutingAssembly().Location;
    private readonly SynchronizationContext ui;
    private readonly bool resident;
    private readonly ShutdownWindow? shutdown;
    private PipeServer? server;
    private RecentExportsWindow? window;
    private StoreCertificatesWindow? storeWindow;
    private readonly RenewalReminders reminders;
    private bool exporting;
    /// <summary>Check windows open or being prepared: a start that only checks stays until they close.</summary>
    private int checks;

    public TrayApplication(bool resident)
    {
        this.resident = resident;
        // NotifyIcon re-adds itself when Explorer restarts: it listens for the TaskbarCreated message on its own window.
        icon = new NotifyIcon
        {
            Icon = AppIcon.Small,
            Text = TrayText.TrayTooltip.ToString(),
            ContextMenuStrip = new ContextMenuStrip(),
            Visible = true,
        };
        // Creating the menu strip installed WinForms' context on this thread: the pipe thread posts through it.
        ui = SynchronizationContext.Current!;
        icon.ContextMenuStrip.Opening += (_, _) => BuildMenu(icon.ContextMenuStrip);
        BuildMenu(icon.ContextMenuStrip);
        icon.MouseClick += (_, e) =>
        {
            if (e.Button == MouseButtons.Left)
                ShowRecent();
        };
        notifier = new Notifier(icon, resident, ShowRecent);
        reminders = new RenewalReminders(store, notifier);
        // Only the tray that stays reminds: a start that exits after its one job would remind and vanish.
        if (resident)
            ui.Post(_ => reminders.Start(), null);
        if (TrayPlatform.IsWindows)
        {
            shutdown = new ShutdownWindow(ExitThread);
            if (resident)
            {
                ChangeAutostart(() => AutostartSetting.FollowMove(executablePath));
                ChangeAutostart(() => FirstStartFollowUp.Run(executablePath));
            }
        }
        icon.BalloonTipClicked += (_, _) => ShowRecent();
    }

    /// <summary>Serves later starts of the tray from now on (Windows only).</summary>
    public void Listen(string pipeName)
    {
        server = new PipeServer(pipeName, request => ui.Post(_ => Handle(request), null));
        server.Start();
    }

    /// <summary>What this start was asked for; runs once the message loop is going.</summary>
    public void Post(LaunchRequest request) => ui.Post(_ =>
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
        }
    }

    /// <summary>Batches arriving while a dialog is open wait their turn rather than stacking dialogs.</summary>
    // The tray asks the OCSP responder (on the export's worker thread); a missing answer is said, never taken as "good".
    // ALTID_OFFLINE=1 asks nobody, for machines without a network and for tests, which never reach a real responder.
    private static readonly CertificateExporter Exporter = CertificateExporter.Default.With(
        Environment.GetEnvironmentVariable("ALTID_OFFLINE") == "1" ? CertificateChecks.Offline : CertificateChecks.Online());

    private async void Enqueue(IReadOnlyList<string> paths)
    {
        pending.Enqueue(paths);
        if (exporting)
            return;
        exporting = true;
        try
        {
            while (pending.Count > 0)
                await new ExportFlow(Exporter, new DialogExportUi(OnExported)).RunAsync(pending.Dequeue());
        }
        finally
        {
            exporting = false;
        }
        ExitWhenDone();
    }

    /// <summary>Reads the files away from the UI thread (the revocation check asks the network), then shows what they are.</summary>
    private async void Check(IReadOnlyList<string> paths)
    {
        checks++;
        try
        {
            var culture = CultureInfo.CurrentUICulture;
            var reports = await Task.Run(() => paths.Select(path => CertificateCheckReport.For(path, p => Exporter.InspectCer(p), culture)).ToList());
            var checkWindow = new CertificateCheckWindow(reports);
            checkWindow.FormClosed += (_, _) =>
            {
                checks--;
                ExitWhenDone();
            };
            checks++;
            checkWindow.Show();
            checkWindow.Activate();
        }
        finally
        {
            checks--;
            ExitWhenDone();
        }
    }

    /// <summary>A start that only does its one job leaves when no export runs and no window is open.</summary>
    private void ExitWhenDone()
    {
        if (!resident && !exporting && checks == 0 && (window == null || window.IsDisposed))
            ExitThread();
    }

    private void OnExported(ExportRequest request, ExportResult result) => Record(request.SourcePath, result);

    private void Record(string source, ExportResult result)
    {
        try
        {
            store.Add(RecentExport.From(source, result, DateTimeOffset.Now));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            MessageBox.Show(TrayText.ErrorRecentList.Format(e.Message).ToString(), TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Warning);
        }
        window?.Reload();
        notifier.ShowExport(result);
    }

    /// <summary>A notification button: acted on only as <see cref="RecentActivation"/> allows, whoever crafted the URI.</summary>
    private void Activate(string uri)
    {
        if (!ActivationUri.TryParse(uri, out var command))
            return;
        if (command!.Action == ActivationAction.StopReminding)
        {
            // Silencing needs the certificate in our own list, not its .cer still on disk.
            if (RecentActivation.Target(command, LoadRecent(), _ => true) is { } listed)
                reminders.Silence(listed);
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
            return store.Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<RecentExport>();
        }
    }

    private void ShowRecent()
    {
        if (window == null || window.IsDisposed)
        {
            window = new RecentExportsWindow(store);
            window.FormClosed += (_, _) =>
            {
                window = null;
                ExitWhenDone();
            };
        }
        window.Reload();
        window.Show();
        if (window.WindowState == FormWindowState.Minimized)
            window.WindowState = FormWindowState.Normal;
        window.Activate();
    }

    private void ShowStore()
    {
        if (storeWindow == null || storeWindow.IsDisposed)
        {
            storeWindow = new StoreCertificatesWindow(X509StoreSource.PersonalStores, Record);
            storeWindow.FormClosed += (_, _) => storeWindow = null;
        }
        else
        {
            storeWindow.Reload();
        }
        storeWindow.Show();
        storeWindow.Activate();
    }

    private void BuildMenu(ContextMenuStrip menu)
    {
        menu.Items.Clear();
        var recent = LoadRecent().Take(MenuRecentCount).ToList();
        if (recent.Count == 0)
            menu.Items.Add(new ToolStripMenuItem(TrayText.Menu.NoExports.ToString()) { Enabled = false });
        foreach (var entry in recent)
        {
            var text = TrayText.Menu.RecentItem.Format(entry.Organisation ?? entry.CertificateName, Path.GetFileName(entry.OutputPath),
                TrayText.Verdict(entry.Verdict)).ToString();
            var item = new ToolStripMenuItem(Shorten(text).Replace("&", "&&")) { ToolTipText = entry.OutputPath };
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

    /// <summary>A menu as wide as the longest organisation name would cover half the screen; the tooltip has the full path.</summary>
    private static string Shorten(string text) => text.Length <= MenuItemMaxLength ? text : text.Substring(0, MenuItemMaxLength - 1) + "…";

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

    private void ToggleAutostart(bool enabled) => ChangeAutostart(() => AutostartSetting.Set(enabled, executablePath));

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
        icon.Visible = false;
        window?.Close();
        storeWindow?.Close();
        base.ExitThreadCore();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            server?.Dispose();
            shutdown?.DestroyHandle();
            reminders.Dispose();
            icon.Dispose();
        }
        base.Dispose(disposing);
    }
}

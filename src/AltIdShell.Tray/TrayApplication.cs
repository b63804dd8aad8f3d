using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Windows.Forms;
using AltIdShell.Desktop.Activation;
using AltIdShell.Core.Export;
using AltIdShell.Core.Store;
using AltIdShell.Desktop.Flow;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Pipe;
using AltIdShell.Desktop.Recent;
using AltIdShell.Desktop.Tray;
using AltIdShell.Tray.Dialogs;

namespace AltIdShell.Tray;

/// <summary>
/// The running tray: the notify icon and its menu, the export queue, the recent-exports window and the requests
/// that later starts send over the pipe. Everything here runs on the UI thread.
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
    private PipeServer? server;
    private RecentExportsWindow? window;
    private StoreCertificatesWindow? storeWindow;
    private readonly RenewalReminders reminders;
    private bool exporting;

    public TrayApplication()
    {
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
        notifier = new Notifier(icon);
        reminders = new RenewalReminders(store, notifier);
        ui.Post(_ => reminders.Start(), null);
        if (TrayPlatform.IsWindows)
            ChangeAutostart(() => AutostartSetting.FollowMove(executablePath));
        icon.BalloonTipClicked += (_, _) => ShowRecent();
    }

    /// <summary>Serves later starts of the tray from now on (Windows only).</summary>
    public void Listen(string pipeName)
    {
        server = new PipeServer(pipeName, message => ui.Post(_ => Handle(message), null));
        server.Start();
    }

    /// <summary>What this start was asked for; runs once the message loop is going.</summary>
    public void Post(LaunchRequest request) => ui.Post(_ => Handle(request), null);

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
            case LaunchKind.Activate:
                Activate(request.Uri!);
                break;
        }
    }

    private void Handle(PipeMessage message)
    {
        switch (message.Kind)
        {
            case PipeMessageKind.Show:
                ShowRecent();
                break;
            case PipeMessageKind.Export:
                Enqueue(message.Paths);
                break;
            case PipeMessageKind.Activate:
                Activate(message.Uri!);
                break;
        }
    }

    /// <summary>Batches arriving while a dialog is open wait their turn rather than stacking dialogs.</summary>
    private async void Enqueue(IReadOnlyList<string> paths)
    {
        pending.Enqueue(paths);
        if (exporting)
            return;
        exporting = true;
        try
        {
            while (pending.Count > 0)
                await new ExportFlow(CertificateExporter.Default.Export, new DialogExportUi(OnExported)).RunAsync(pending.Dequeue());
        }
        finally
        {
            exporting = false;
        }
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

    /// <summary>A notification button: acted on only for a .cer in our own list, whoever crafted the URI.</summary>
    private void Activate(string uri)
    {
        if (!ActivationUri.TryParse(uri, out var command))
            return;
        var entry = LoadRecent().FirstOrDefault(e => RecentExportsStore.SamePath(e.OutputPath, command!.Path));
        if (entry != null && command!.Action == ActivationAction.StopReminding)
        {
            reminders.Silence(entry);
            return;
        }
        if (entry == null || !File.Exists(entry.OutputPath))
        {
            ShowRecent();
            return;
        }
        if (command!.Action == ActivationAction.OpenFolder)
            ShellActions.Reveal(entry.OutputPath);
        else
            ShellActions.CopyText(entry.OutputPath);
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
            window.FormClosed += (_, _) => window = null;
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
            menu.Items.Add(new ToolStripMenuItem(TrayText.MenuNoExports.ToString()) { Enabled = false });
        foreach (var entry in recent)
        {
            var text = TrayText.MenuRecentItem.Format(entry.Organisation ?? entry.CertificateName, Path.GetFileName(entry.OutputPath)).ToString();
            var item = new ToolStripMenuItem(Shorten(text).Replace("&", "&&")) { ToolTipText = entry.OutputPath };
            item.Click += (_, _) => ShellActions.Reveal(entry.OutputPath);
            menu.Items.Add(item);
        }
        menu.Items.Add(new ToolStripSeparator());
        menu.Items.Add(TrayText.MenuExport.ToString(), null, (_, _) => PickAndExport());
        menu.Items.Add(TrayText.MenuExportFromStore.ToString(), null, (_, _) => ShowStore());
        menu.Items.Add(TrayText.MenuShowAll.ToString(), null, (_, _) => ShowRecent());
        if (TrayPlatform.IsWindows)
        {
            var autostart = new ToolStripMenuItem(TrayText.MenuStartWithWindows.ToString()) { Checked = AutostartSetting.IsEnabled() };
            autostart.Click += (_, _) => ToggleAutostart(!autostart.Checked);
            menu.Items.Add(autostart);
        }
        menu.Items.Add(TrayText.MenuAbout.ToString(), null, (_, _) => ShowAbout());
        menu.Items.Add(new ToolStripSeparator());
        menu.Items.Add(TrayText.MenuExit.ToString(), null, (_, _) => ExitThread());
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
        var request = LaunchParser.ValidatePaths(picker.FileNames, CertificatePath.CurrentStyle, File.Exists);
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
        MessageBox.Show(TrayText.AboutText.Format(version).ToString(), TrayText.MenuAbout.ToString().Replace("&", ""), MessageBoxButtons.OK, MessageBoxIcon.Information);
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
            reminders.Dispose();
            icon.Dispose();
        }
        base.Dispose(disposing);
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using System.Windows.Forms;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>
/// The Windows 11 verb's part of a process. In the resident tray: serve the COM class (COM uses it once the tray has
/// the package identity), register the sparse package for this user when the record says so, and after registering
/// ask to be restarted, since only a process started after the registration has the identity. In a process COM
/// started (-Embedding): serve the class quietly (no icon, no reminders, no autostart change, no message of its own),
/// hand each click to the running tray, and give back what the tray did not take for this process to do itself.
/// Nothing of it runs outside Windows.
/// </summary>
internal sealed class TopLevelMenuHost : IDisposable
{
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(10);
    private readonly IDisposable? _server;
    private System.Windows.Forms.Timer? _restartWhenIdle;

    private TopLevelMenuHost(IDisposable? server) => _server = server;

    /// <summary>Set once this tray registered the package and ended its loop to be started again with the identity.</summary>
    public bool RestartRequested { get; private set; }

    /// <summary>Call on the UI thread, after the tray exists and before its message loop runs.</summary>
    /// <param name="tray">The tray, ended (when idle) for the restart.</param>
    /// <param name="isBusy">Whether the tray shows a window or exports: the restart waits until it does not.</param>
    /// <param name="post">Where the verb's clicks go.</param>
    public static TopLevelMenuHost Start(ApplicationContext tray, Func<bool> isBusy, Action<LaunchRequest> post)
    {
        if (!TrayPlatform.IsWindows)
            return new TopLevelMenuHost(null);
        var ui = SynchronizationContext.Current!;
        var host = new TopLevelMenuHost(TryServe(post));
        Task.Run(() =>
        {
            if (Register(ui))
                ui.Post(_ => host.RestartWhenIdle(tray, isBusy), null);
        });
        return host;
    }

    /// <summary>
    /// A start by COM: serve the verb until a click has been passed on with <paramref name="forward"/> (off the UI
    /// thread, so Explorer's Invoke returns at once), or until no call came for the idle period. The class object is
    /// revoked before the loop ends. Returns the clicks the running tray did not take (none runs, it is hung, or it is
    /// elevated), and refusals to show: this process does them itself, as the classic path's starts do.
    /// </summary>
    public static IReadOnlyList<LaunchRequest> ServeAndForward(Func<LaunchRequest, bool> forward)
    {
        var leftover = new ConcurrentQueue<LaunchRequest>();
        using var context = new ApplicationContext();
        // Creating a control installs WinForms' context on this thread, through which the forwarding thread ends the loop.
        using var anchor = new Control();
        anchor.CreateControl();
        var ui = SynchronizationContext.Current!;
        IDisposable? server = null;
        void End()
        {
            server?.Dispose();
            context.ExitThread();
        }
        // Restart Manager, sign-out and the installer's --exit (which closes these windows too) end it like a tray.
        var shutdown = new ShutdownWindow(End, ShutdownWindow.ComServerCaption);
        server = TryServe(click => Task.Run(() =>
        {
            if (click.Kind != LaunchKind.Export || !forward(click))
                leftover.Enqueue(click);
            ui.Post(_ => End(), null);
        }));
        try
        {
            if (server == null)
                return Array.Empty<LaunchRequest>();
            using (IdleExit(End))
                Application.Run(context);
            server.Dispose();
            return leftover.ToArray();
        }
        finally
        {
            shutdown.DestroyHandle();
        }
    }

    /// <summary>Null when COM refuses the registration; the classic item still works then.</summary>
    private static IDisposable? TryServe(Action<LaunchRequest> onClick)
    {
        try
        {
            return ExplorerCommandServer.Serve(onClick);
        }
        catch (Exception e) when (e is COMException or UnauthorizedAccessException or InvalidOperationException)
        {
            Trace.TraceWarning("AltIdShell: serving the Windows 11 verb failed: " + e.Message);
            return null;
        }
    }

    /// <summary>True when this call registered the package.</summary>
    private static bool Register(SynchronizationContext ui)
    {
        try
        {
            return SparsePackageRegistrar.EnsureRegistered(sentence => ui.Post(_ => MessageBox.Show(
                sentence, TrayText.ProductName.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Information), null));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or System.Security.SecurityException or System.IO.IOException)
        {
            Trace.TraceWarning("AltIdShell: recording the Windows 11 package failed: " + e.Message);
            return false;
        }
    }

    private void RestartWhenIdle(ApplicationContext tray, Func<bool> isBusy)
    {
        _restartWhenIdle = new System.Windows.Forms.Timer { Interval = (int)IdleCheck.TotalMilliseconds };
        _restartWhenIdle.Tick += (_, _) =>
        {
            if (isBusy())
                return;
            _restartWhenIdle.Stop();
            RestartRequested = true;
            _server?.Dispose();
            tray.ExitThread();
        };
        _restartWhenIdle.Start();
    }

    /// <summary>Ends a COM start that no call has reached for the idle period; every IExplorerCommand call starts it over.</summary>
    private static System.Windows.Forms.Timer IdleExit(Action end)
    {
        var timer = new System.Windows.Forms.Timer { Interval = (int)IdleCheck.TotalMilliseconds };
        timer.Tick += (_, _) =>
        {
            if (TopLevelMenuArguments.ComStartEndsWhenIdle(ExplorerCommandServer.Delivered, ExplorerCommandServer.SinceLastCall))
            {
                timer.Stop();
                end();
            }
        };
        timer.Start();
        return timer;
    }

    public void Dispose()
    {
        _restartWhenIdle?.Dispose();
        _server?.Dispose();
    }
}

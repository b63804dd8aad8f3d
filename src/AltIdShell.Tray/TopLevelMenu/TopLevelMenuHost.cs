using System;
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
/// The Windows 11 verb's part of a running tray: serve the COM class (whether COM started this process or not, so a
/// running tray answers at once), register the sparse package for this user when this version has not yet, and end a
/// COM start that no click asked anything of. Nothing of it runs outside Windows.
/// </summary>
internal sealed class TopLevelMenuHost : IDisposable
{
    private readonly IDisposable? _server;
    private readonly System.Windows.Forms.Timer? _idle;

    private TopLevelMenuHost(IDisposable? server, System.Windows.Forms.Timer? idle)
    {
        _server = server;
        _idle = idle;
    }

    /// <summary>Call on the UI thread, after the tray exists and before its message loop runs.</summary>
    public static TopLevelMenuHost Start(ApplicationContext tray, Action<LaunchRequest> post, bool comServerStart)
    {
        if (!TrayPlatform.IsWindows)
            return new TopLevelMenuHost(null, null);
        var ui = SynchronizationContext.Current!;
        var server = TryServe(paths => post(LaunchRequest.Export(paths)));
        Task.Run(() => Register(ui));
        return new TopLevelMenuHost(server, comServerStart ? IdleExit(tray) : null);
    }

    /// <summary>
    /// A COM start beside a running tray: serve the verb until its click has been passed on with
    /// <paramref name="forward"/> (off the UI thread, so Explorer's Invoke returns at once), or until idle.
    /// </summary>
    public static int ServeAndForward(Func<IReadOnlyList<string>, bool> forward)
    {
        using var context = new ApplicationContext();
        // Creating a control installs WinForms' context on this thread, through which the forwarding thread ends the loop.
        using var anchor = new Control();
        anchor.CreateControl();
        var ui = SynchronizationContext.Current!;
        var server = TryServe(paths => Task.Run(() =>
        {
            if (!forward(paths))
                Trace.TraceWarning("AltIdShell: the running tray did not take the Windows 11 verb's request");
            ui.Post(_ => context.ExitThread(), null);
        }));
        if (server == null)
            return 1;
        using (server)
        using (IdleExit(context))
            Application.Run(context);
        return 0;
    }

    /// <summary>Null when COM refuses the registration; the classic item still works then.</summary>
    private static IDisposable? TryServe(Action<IReadOnlyList<string>> onExport)
    {
        try
        {
            return ExplorerCommandServer.Serve(onExport);
        }
        catch (Exception e) when (e is COMException or UnauthorizedAccessException or InvalidOperationException)
        {
            Trace.TraceWarning("AltIdShell: serving the Windows 11 verb failed: " + e.Message);
            return null;
        }
    }

    private static void Register(SynchronizationContext ui)
    {
        try
        {
            SparsePackageRegistrar.EnsureRegistered(reason => ui.Post(_ => MessageBox.Show(
                TrayText.ErrorPackageRegistration.Format(reason).ToString(), TrayText.ProductName.ToString(),
                MessageBoxButtons.OK, MessageBoxIcon.Information), null));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or System.Security.SecurityException or System.IO.IOException)
        {
            Trace.TraceWarning("AltIdShell: recording the Windows 11 package failed: " + e.Message);
        }
    }

    private static System.Windows.Forms.Timer IdleExit(ApplicationContext tray)
    {
        var timer = new System.Windows.Forms.Timer { Interval = (int)TopLevelMenuArguments.IdlePeriod.TotalMilliseconds };
        timer.Tick += (_, _) =>
        {
            timer.Stop();
            if (TopLevelMenuArguments.ComStartEndsWhenIdle(ExplorerCommandServer.Delivered))
                tray.ExitThread();
        };
        timer.Start();
        return timer;
    }

    public void Dispose()
    {
        _idle?.Dispose();
        _server?.Dispose();
    }
}

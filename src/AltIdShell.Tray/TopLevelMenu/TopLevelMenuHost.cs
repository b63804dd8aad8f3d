using System;
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
    private readonly IDisposable? server;
    private readonly System.Windows.Forms.Timer? idle;

    private TopLevelMenuHost(IDisposable? server, System.Windows.Forms.Timer? idle)
    {
        this.server = server;
        this.idle = idle;
    }

    /// <summary>Call on the UI thread, after the tray exists and before its message loop runs.</summary>
    public static TopLevelMenuHost Start(ApplicationContext tray, Action<LaunchRequest> post, bool comServerStart)
    {
        if (!TrayPlatform.IsWindows)
            return new TopLevelMenuHost(null, null);
        var ui = SynchronizationContext.Current!;
        IDisposable? server = null;
        try
        {
            server = ExplorerCommandServer.Serve(paths => post(LaunchRequest.Export(paths)));
        }
        catch (Exception e) when (e is COMException or UnauthorizedAccessException or InvalidOperationException)
        {
            Trace.TraceWarning("AltIdShell: serving the Windows 11 verb failed: " + e.Message);
        }
        Task.Run(() => Register(ui));
        return new TopLevelMenuHost(server, comServerStart ? IdleExit(tray) : null);
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
        idle?.Dispose();
        server?.Dispose();
    }
}

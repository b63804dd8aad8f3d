using System;
using System.Threading.Tasks;
using System.Windows.Forms;

namespace AltIdShell.Tray;

/// <summary>
/// The tray lives for the whole session: a fault in one action (the clipboard held by another program, an
/// exception out of an async void handler) is logged and the tray goes on, instead of WinForms' crash dialog.
/// </summary>
internal static class TrayFaults
{
    /// <summary>Before the first window: WinForms reads the mode when it creates its first control.</summary>
    public static void Install()
    {
        Application.SetUnhandledExceptionMode(UnhandledExceptionMode.CatchException);
        Application.ThreadException += (_, e) => TrayLog.Fault("UI thread", e.Exception);
        // Fatal by the CLR's rule: logged so the cause is known. The tray's own threads catch everything themselves.
        AppDomain.CurrentDomain.UnhandledException += (_, e) => TrayLog.Fault("background thread", e.ExceptionObject as Exception);
        TaskScheduler.UnobservedTaskException += (_, e) =>
        {
            TrayLog.Fault("task", e.Exception);
            e.SetObserved();
        };
    }
}

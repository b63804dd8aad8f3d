using System;
using System.Windows.Forms;
using AltIdShell.Desktop.Lifecycle;

namespace AltIdShell.Tray;

/// <summary>
/// A hidden top-level window that answers Restart Manager and sign-out (<see cref="ShutdownMessages"/>). The tray
/// has no visible window of its own, and NotifyIcon's window lets the default handling agree and carry on running,
/// so an installer replacing the tray's files would wait for it in vain. A process COM started has one too, under a
/// caption of its own by which the installer's --exit finds and closes it (<see cref="CloseComServers"/>). Windows only.
/// </summary>
internal sealed class ShutdownWindow : NativeWindow
{
    public const string TrayCaption = "AltIdShell.Tray";
    public const string ComServerCaption = "AltIdShell.Tray.ComServer";
    private readonly Action _exit;

    public ShutdownWindow(Action exit, string caption = TrayCaption)
    {
        _exit = exit;
        // No parent: a message-only window would not receive the session messages that go to top-level windows.
        CreateHandle(new CreateParams { Caption = caption });
    }

    /// <summary>Asks every COM-started process of this desktop to end (WM_CLOSE), as --exit asks the tray over its pipe.</summary>
    public static void CloseComServers()
    {
        var window = IntPtr.Zero;
        while ((window = NativeMethods.FindWindowEx(IntPtr.Zero, window, null, ComServerCaption)) != IntPtr.Zero)
            NativeMethods.PostMessage(window, ShutdownMessages.WmClose, IntPtr.Zero, IntPtr.Zero);
    }

    protected override void WndProc(ref Message m)
    {
        switch (ShutdownMessages.For(m.Msg, m.WParam))
        {
            case ShutdownReply.AgreeAndWait:
                m.Result = new IntPtr(1);
                return;
            case ShutdownReply.Exit:
                m.Result = IntPtr.Zero;
                _exit();
                return;
            default:
                base.WndProc(ref m);
                return;
        }
    }
}

using System;
using System.Windows.Forms;
using AltIdShell.Desktop.Lifecycle;

namespace AltIdShell.Tray;

/// <summary>
/// A hidden top-level window that answers Restart Manager and sign-out (<see cref="ShutdownMessages"/>). The tray
/// has no visible window of its own, and NotifyIcon's window lets the default handling agree and carry on running,
/// so an installer replacing the tray's files would wait for it in vain. Windows only.
/// </summary>
internal sealed class ShutdownWindow : NativeWindow
{
    private readonly Action _exit;

    public ShutdownWindow(Action exit)
    {
        _exit = exit;
        // No parent: a message-only window would not receive the session messages that go to top-level windows.
        CreateHandle(new CreateParams { Caption = "AltIdShell.Tray" });
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

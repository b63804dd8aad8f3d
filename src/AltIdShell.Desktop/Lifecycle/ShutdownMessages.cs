using System;

namespace AltIdShell.Desktop.Lifecycle;

/// <summary>
/// The tray's answers to Restart Manager (an installer replacing its files) and to sign-out. Microsoft's guidelines
/// for applications: on WM_QUERYENDSESSION answer TRUE but do not close, since another application may still
/// refuse; close on WM_ENDSESSION with wParam TRUE; Restart Manager sends WM_CLOSE to a GUI application that is
/// still running after WM_ENDSESSION.
/// </summary>
public static class ShutdownMessages
{
    public const int WmClose = 0x0010;
    public const int WmQueryEndSession = 0x0011;
    public const int WmEndSession = 0x0016;

    public static ShutdownReply For(int message, IntPtr wParam) => message switch
    {
        WmQueryEndSession => ShutdownReply.AgreeAndWait,
        // wParam FALSE: someone refused, the session goes on, and so does the tray.
        WmEndSession => wParam != IntPtr.Zero ? ShutdownReply.Exit : ShutdownReply.NotOurs,
        WmClose => ShutdownReply.Exit,
        _ => ShutdownReply.NotOurs,
    };
}

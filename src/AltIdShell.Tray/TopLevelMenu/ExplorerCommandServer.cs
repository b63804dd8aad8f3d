using System;
using System.Runtime.InteropServices;
using System.Threading;
using AltIdShell.Desktop.Launch;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>
/// Makes this process the COM server of <see cref="ExportExplorerCommand"/> (CoRegisterClassObject through
/// RegistrationServices) and routes the verb's clicks to the tray. Registered on the UI thread, which is an STA:
/// COM then delivers Explorer's calls through the message loop, one at a time, beside the tray's own work.
/// </summary>
internal static class ExplorerCommandServer
{
    private static Action<LaunchRequest>? _receiver;
    private static int _delivered;
    private static long _lastCallTicks = Environment.TickCount;

    /// <summary>How many clicks (an export or a refusal to show) were handed on since this process started.</summary>
    public static int Delivered => Volatile.Read(ref _delivered);

    /// <summary>How long since Explorer last called the class (or since this process started).</summary>
    public static TimeSpan SinceLastCall => TimeSpan.FromMilliseconds(unchecked(Environment.TickCount - (int)Interlocked.Read(ref _lastCallTicks)));

    /// <summary>Every IExplorerCommand call: a menu still open keeps a COM start alive.</summary>
    internal static void Touch() => Interlocked.Exchange(ref _lastCallTicks, Environment.TickCount);

    /// <summary>Windows only. Disposing revokes the class object.</summary>
    public static IDisposable Serve(Action<LaunchRequest> onClick)
    {
        Receive(onClick);
        var services = new RegistrationServices();
        var cookie = services.RegisterTypeForComClients(typeof(ExportExplorerCommand), RegistrationClassContext.LocalServer, RegistrationConnectionType.MultipleUse);
        return new Registration(() =>
        {
            services.UnregisterTypeForComClients(cookie);
            Receive(null);
        });
    }

    /// <summary>
    /// The verb's click: an export, or an Invalid request whose reason the receiver shows. False when nothing receives
    /// it (the class was created outside <see cref="Serve"/>).
    /// </summary>
    internal static bool Deliver(LaunchRequest click)
    {
        var target = _receiver;
        if (target == null)
            return false;
        Interlocked.Increment(ref _delivered);
        target(click);
        return true;
    }

    /// <summary>For the Mono harness, which drives the class without COM: where clicks go.</summary>
    internal static void Receive(Action<LaunchRequest>? onClick) => _receiver = onClick;

    private sealed class Registration : IDisposable
    {
        private Action? _revoke;

        public Registration(Action revoke) => _revoke = revoke;

        public void Dispose()
        {
            Interlocked.Exchange(ref _revoke, null)?.Invoke();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>
/// Makes this process the COM server of <see cref="ExportExplorerCommand"/> (CoRegisterClassObject through
/// RegistrationServices) and routes the verb's clicks to the tray. Registered on the UI thread, which is an STA:
/// COM then delivers Explorer's calls through the message loop, one at a time, beside the tray's own work.
/// </summary>
internal static class ExplorerCommandServer
{
    private static Action<IReadOnlyList<string>>? _receiver;
    private static int _delivered;

    /// <summary>How many clicks were handed to the tray since this process started.</summary>
    public static int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Windows only. Disposing revokes the class object.</summary>
    public static IDisposable Serve(Action<IReadOnlyList<string>> onExport)
    {
        Receive(onExport);
        var services = new RegistrationServices();
        var cookie = services.RegisterTypeForComClients(typeof(ExportExplorerCommand), RegistrationClassContext.LocalServer, RegistrationConnectionType.MultipleUse);
        return new Registration(() =>
        {
            services.UnregisterTypeForComClients(cookie);
            Receive(null);
        });
    }

    /// <summary>The verb's click; false when nothing receives it (the class was created outside <see cref="Serve"/>).</summary>
    internal static bool Deliver(IReadOnlyList<string> paths)
    {
        var target = _receiver;
        if (target == null)
            return false;
        Interlocked.Increment(ref _delivered);
        target(paths);
        return true;
    }

    /// <summary>For the Mono harness, which drives the class without COM: where clicks go.</summary>
    internal static void Receive(Action<IReadOnlyList<string>>? onExport) => _receiver = onExport;

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

using System;

namespace AltIdShell.Shared;

/// <summary>
/// When Windows shows the packaged verb in its top-level menu, and so when the classic handler stays silent to avoid
/// offering the same item twice. Windows 10 never shows packaged verbs: there the classic item is the only one.
/// </summary>
internal static class TopLevelVerb
{
    /// <summary>Windows 11 still reports itself as 10.0; its builds start at 22000.</summary>
    public const int FirstWindows11Build = 22000;

    public static bool IsShownOn(Version os) => os.Major > 10 || (os.Major == 10 && os.Build >= FirstWindows11Build);

    /// <summary>
    /// The one rule for the classic item stepping aside; anything in doubt keeps it, since two items for a while are
    /// fine and none is not. It steps aside only on Windows 11, when the tray's record (<see cref="PackageRegistrationRecord"/>,
    /// kept only while the package is really registered: the tray checks at every start) names as external location
    /// the folder of the tray the installer registered now (after an upgrade into another folder they differ), when the
    /// registration is newer than the installer's last write of that registration (an upgrade, repair or reinstall
    /// since, perhaps after an uninstall as SYSTEM removed every user's package, leaves older records behind), and when
    /// it is older than this process: a running Explorer shows a newly registered verb only once it restarts.
    /// </summary>
    /// <param name="record">The tray's record, null when absent.</param>
    /// <param name="registeredTrayPath">The installer's TrayPath value (read through HKCR), null when absent.</param>
    /// <param name="trayRegisteredUtc">When the installer last wrote that value's key, null when unknown.</param>
    /// <param name="processStartedUtc">When the process asking (Explorer) started.</param>
    /// <param name="os">The running Windows version.</param>
    public static bool ReplacesClassicItem(string? record, string? registeredTrayPath, DateTime? trayRegisteredUtc, DateTime processStartedUtc, Version os)
    {
        if (!IsShownOn(os) || registeredTrayPath == null || trayRegisteredUtc == null)
            return false;
        var registration = PackageRegistrationRecord.Parse(record);
        var separator = registeredTrayPath.LastIndexOf('\\');
        return registration != null
               && separator > 0
               && PackageRegistrationRecord.SameFolder(registration.ExternalFolder, registeredTrayPath.Substring(0, separator))
               && registration.RegisteredUtc > trayRegisteredUtc.Value
               && registration.RegisteredUtc < processStartedUtc;
    }
}

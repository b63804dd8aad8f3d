using System;

namespace AltIdShell.Desktop.Autostart;

/// <summary>
/// The tray records, per user, the executable it last started from. No record yet: this user's first start, when
/// "Start with Windows" goes on (the default, which the user can turn off; the installers write no Run value). Another
/// executable than recorded: the first start after an install into a new place (a first install, or an upgrade from a
/// version that installed into a folder of its version), when Explorer must be told that associations changed so that
/// it reads the new handler registration without a restart.
/// </summary>
public static class TrayStartRecord
{
    /// <summary>AltIdShell's own key under HKCU; uninstalling deletes it whole.</summary>
    public const string Key = @"Software\AltIdShell";

    public const string ValueName = "TrayStartedFrom";

    public static bool TurnsAutostartOn(string? recorded) => string.IsNullOrEmpty(recorded);

    public static bool IsFirstStartOf(string trayExecutablePath, string? recorded) =>
        !string.Equals(recorded, trayExecutablePath, StringComparison.OrdinalIgnoreCase);
}

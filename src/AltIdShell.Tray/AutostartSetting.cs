using AltIdShell.Desktop.Autostart;
using AltIdShell.Shared;
using Microsoft.Win32;

namespace AltIdShell.Tray;

/// <summary>"Start with Windows": the HKCU Run value, read together with the user's choice in Task Manager.</summary>
internal static class AutostartSetting
{
    public static bool IsEnabled()
    {
        using var run = Registry.CurrentUser.OpenSubKey(AutostartEntry.RunKey);
        using var approved = Registry.CurrentUser.OpenSubKey(AutostartEntry.StartupApprovedKey);
        return AutostartEntry.IsEnabled(run?.GetValue(ProductIdentity.RunValueName) as string,
            approved?.GetValue(ProductIdentity.RunValueName) as byte[]);
    }

    /// <summary>After the tray was installed elsewhere, an enabled autostart still points at the old place: follow the move.</summary>
    public static void FollowMove(string trayExecutablePath)
    {
        using var run = Registry.CurrentUser.OpenSubKey(AutostartEntry.RunKey, writable: true);
        var value = run?.GetValue(ProductIdentity.RunValueName) as string;
        if (run != null && !string.IsNullOrWhiteSpace(value) && !AutostartEntry.PointsAt(value, trayExecutablePath))
            run.SetValue(ProductIdentity.RunValueName, AutostartEntry.CommandFor(trayExecutablePath));
    }

    public static void Set(bool enabled, string trayExecutablePath)
    {
        using var run = Registry.CurrentUser.CreateSubKey(AutostartEntry.RunKey);
        if (!enabled)
        {
            run.DeleteValue(ProductIdentity.RunValueName, throwOnMissingValue: false);
            return;
        }
        run.SetValue(ProductIdentity.RunValueName, AutostartEntry.CommandFor(trayExecutablePath));
        using var approved = Registry.CurrentUser.OpenSubKey(AutostartEntry.StartupApprovedKey, writable: true);
        if (approved?.GetValue(ProductIdentity.RunValueName) is byte[] marker && AutostartEntry.IsDisabledByUser(marker))
            approved.SetValue(ProductIdentity.RunValueName, AutostartEntry.EnabledMarker(), RegistryValueKind.Binary);
    }
}

using System;
using System.Diagnostics;
using AltIdShell.Shared;
using Microsoft.Win32;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Whether the Windows 11 top-level verb replaces this handler's item (<see cref="TopLevelVerb.ReplacesClassicItem"/>):
/// two registry values (the tray's record, the installer's TrayPath and when its key was written) and this process's
/// start time, read per menu,
/// so a record the tray removes counts at once. No file is read; any failure leaves the classic item in place: one
/// item too many is better than none.
/// </summary>
internal static class PackagedVerbRecord
{
    private static readonly Lazy<DateTime> ProcessStarted = new(() => Process.GetCurrentProcess().StartTime.ToUniversalTime());

    public static bool ReplacesClassicItem
    {
        get
        {
            try
            {
                if (Environment.OSVersion.Platform != PlatformID.Win32NT || !TopLevelVerb.IsShownOn(Environment.OSVersion.Version))
                    return false;
                using var key = Registry.CurrentUser.OpenSubKey(ProductIdentity.SettingsKey);
                var record = key?.GetValue(PackageRegistrationRecord.ValueName) as string;
                return record != null && TopLevelVerb.ReplacesClassicItem(record, RegisteredTray.Path(), RegisteredTray.WrittenUtc(), ProcessStarted.Value, Environment.OSVersion.Version);
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}

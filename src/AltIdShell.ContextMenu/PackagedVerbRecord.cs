using System;
using AltIdShell.Shared;
using Microsoft.Win32;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Whether the Windows 11 top-level verb replaces this handler's item: the tray records under HKCU\Software\AltIdShell
/// that it registered the package. Read once per process (a registry value, no file), and any failure to read it
/// leaves the classic item in place: one item too many is better than none.
/// </summary>
internal static class PackagedVerbRecord
{
    private static readonly Lazy<bool> Replaces = new(Read);

    public static bool ReplacesClassicItem => Replaces.Value;

    private static bool Read()
    {
        try
        {
            if (Environment.OSVersion.Platform != PlatformID.Win32NT)
                return false;
            using var key = Registry.CurrentUser.OpenSubKey(ProductIdentity.SettingsKey);
            return TopLevelVerb.ReplacesClassicItem(key?.GetValue(ProductIdentity.PackagedVerbValueName) as string, Environment.OSVersion.Version);
        }
        catch (Exception)
        {
            return false;
        }
    }
}

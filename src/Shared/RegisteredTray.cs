using System;
using System.Runtime.InteropServices;
using Microsoft.Win32;
using Microsoft.Win32.SafeHandles;

namespace AltIdShell.Shared;

/// <summary>
/// The tray the installer registered: the TrayPath value under the classic handler's own CLSID key, and when the
/// installer last wrote that key (an install, upgrade, repair or reinstall). Registry only, never throws: the classic
/// handler reads it inside Explorer, the tray to know whether its package registration predates the install.
/// </summary>
internal static class RegisteredTray
{
    private const string ClsidKey = @"CLSID\{" + ProductIdentity.ContextMenuClsidText + "}";

    /// <summary>HKEY_CLASSES_ROOT merges HKCU's classes over HKLM's: the value comes from the registration Explorer used.</summary>
    public static string? Path() => Read(key => key.GetValue(ProductIdentity.TrayPathValueName) as string);

    /// <summary>The key's last write time (UTC), null when there is no key or it cannot be read.</summary>
    public static DateTime? WrittenUtc() => Read<DateTime?>(key =>
        RegQueryInfoKey(key.Handle, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero,
            IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, out var lastWrite) == 0
            ? DateTime.FromFileTimeUtc(lastWrite)
            : null);

    private static T? Read<T>(Func<RegistryKey, T?> read)
    {
        try
        {
            using var key = Registry.ClassesRoot.OpenSubKey(ClsidKey);
            return key == null ? default : read(key);
        }
        catch (Exception)
        {
            return default; // Explorer's process must never see our failure, and every caller has a safe fallback
        }
    }

    [DllImport("advapi32.dll", CharSet = CharSet.Unicode, EntryPoint = "RegQueryInfoKeyW")]
    private static extern int RegQueryInfoKey(SafeRegistryHandle key, IntPtr className, IntPtr classLength, IntPtr reserved,
        IntPtr subKeys, IntPtr maxSubKeyLength, IntPtr maxClassLength, IntPtr values, IntPtr maxValueNameLength,
        IntPtr maxValueLength, IntPtr securityDescriptorLength, out long lastWriteTime);
}

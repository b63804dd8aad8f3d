using System;
using AltIdShell.Shared;
using Microsoft.Win32;

namespace AltIdShell.ContextMenu;

/// <summary>The tray the installer registered: one value under the handler's own CLSID key.</summary>
internal static class RegisteredTray
{
    private const string ClsidKey = @"CLSID\{" + ProductIdentity.ContextMenuClsidText + "}";

    /// <summary>HKEY_CLASSES_ROOT merges HKCU's classes over HKLM's: the value comes from the registration Explorer used.</summary>
    public static string? Path()
    {
        try
        {
            using var key = Registry.ClassesRoot.OpenSubKey(ClsidKey);
            return key?.GetValue(ProductIdentity.TrayPathValueName) as string;
        }
        catch (Exception)
        {
            return null; // Explorer's process must never see our failure, and the fallback still works
        }
    }
}

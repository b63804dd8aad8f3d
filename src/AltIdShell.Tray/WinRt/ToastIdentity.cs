using System;
using System.IO;
using System.Security;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.Tray;
using Microsoft.Win32;

namespace AltIdShell.Tray.WinRt;

/// <summary>
/// An unpackaged app's toasts show under the name registered at HKCU\Software\Classes\AppUserModelId\&lt;AUMID&gt;.
/// The installer writes it; the tray writes it too when missing, so a copied or portable tray still gets toasts.
/// </summary>
internal static class ToastIdentity
{
    public static void EnsureRegistered()
    {
        try
        {
            using var key = Registry.CurrentUser.CreateSubKey(ProductRegistration.AppUserModelIdKey);
            if (key.GetValue("DisplayName") == null)
                key.SetValue("DisplayName", TrayText.ProductName.English);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityException or IOException)
        {
            // Policy may lock HKCU\Software\Classes; the balloon fallback still reaches the user.
        }
    }
}

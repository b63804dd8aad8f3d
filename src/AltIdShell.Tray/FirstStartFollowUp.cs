using System;
using System.Runtime.InteropServices;
using AltIdShell.Desktop.Autostart;
using Microsoft.Win32;

namespace AltIdShell.Tray;

/// <summary>
/// What the installers leave to the tray (<see cref="TrayStartRecord"/>): "Start with Windows" on at a user's first
/// start, and after an install or upgrade, telling Explorer that associations changed so that it reads the handler's
/// new registration without a restart. The installer starts the tray right after installing, so this follows it.
/// </summary>
internal static class FirstStartFollowUp
{
    private const int ShcneAssocChanged = 0x08000000;
    private const uint ShcnfIdList = 0;

    public static void Run(string trayExecutablePath)
    {
        using var record = Registry.CurrentUser.CreateSubKey(TrayStartRecord.Key);
        var recorded = record.GetValue(TrayStartRecord.ValueName) as string;
        if (!TrayStartRecord.IsFirstStartOf(trayExecutablePath, recorded))
            return;
        if (TrayStartRecord.TurnsAutostartOn(recorded))
            AutostartSetting.Set(true, trayExecutablePath);
        SHChangeNotify(ShcneAssocChanged, ShcnfIdList, IntPtr.Zero, IntPtr.Zero);
        record.SetValue(TrayStartRecord.ValueName, trayExecutablePath);
    }

    [DllImport("shell32.dll")]
    private static extern void SHChangeNotify(int eventId, uint flags, IntPtr item1, IntPtr item2);
}

using System;
using System.IO;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Which AltIdShell.Tray.exe to start. The installers put this DLL in handler\&lt;version&gt; and the tray in the install
/// folder above it, and after an upgrade a running Explorer keeps this DLL from the old version's folder (its identity
/// never changes, so the new one is not loaded until Explorer restarts): the installer names the tray in the registry,
/// read by RegisteredTray. Without a usable value (a development registration, where the tray lies beside this DLL, or
/// a registry that cannot be read) the tray beside this DLL is the one.
/// </summary>
internal static class TrayLocation
{
    private const string FileSuffix = @"\" + ProductIdentity.TrayExecutableName;

    public static string Choose(string? registered, string handlerFolder) =>
        IsAbsoluteTrayPath(registered) ? registered! : Path.Combine(handlerFolder, ProductIdentity.TrayExecutableName);

    /// <summary>A drive (C:\…) or UNC (\\server\…) path ending in the tray's file name; string rules, so nothing can throw.</summary>
    private static bool IsAbsoluteTrayPath(string? path) =>
        path != null
        && path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase)
        && ((path.Length > 3 && char.IsLetter(path[0]) && path[1] == ':' && path[2] == '\\') || path.StartsWith(@"\\", StringComparison.Ordinal));
}

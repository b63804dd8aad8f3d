using System;
using System.IO;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Which AltIdShell.Tray.exe to start. The installers put this DLL in handler\&lt;version&gt; and the tray in the install
/// folder above it, and after an upgrade a running Explorer keeps this DLL from the old version's folder (its identity
/// never changes, so the new one is not loaded until Explorer restarts): the installer names the tray in the registry,
/// read by RegisteredTray. Without a usable value (a registry that cannot be read) the install folder above
/// handler\&lt;version&gt; holds the tray; a development registration leaves this DLL beside the tray. String rules only:
/// Explorer's process reads no file for it.
/// </summary>
internal static class TrayLocation
{
    private const string FileSuffix = @"\" + ProductIdentity.TrayExecutableName;

    private const string HandlersSegment = @"\" + ProductIdentity.HandlersFolderName + @"\";

    public static string Choose(string? registered, string handlerFolder) =>
        IsAbsoluteTrayPath(registered) ? registered! : Path.Combine(InstallFolderOf(handlerFolder), ProductIdentity.TrayExecutableName);

    /// <summary>C:\…\AltIdShell for C:\…\AltIdShell\handler\0.2.0; the folder itself for any other layout.</summary>
    private static string InstallFolderOf(string handlerFolder)
    {
        var trimmed = handlerFolder.TrimEnd('\\');
        var versionStart = trimmed.LastIndexOf('\\');
        if (versionStart <= 0)
            return handlerFolder;
        var handlers = trimmed.Substring(0, versionStart + 1);
        var installFolder = handlers.EndsWith(HandlersSegment, StringComparison.OrdinalIgnoreCase)
            ? handlers.Substring(0, handlers.Length - HandlersSegment.Length)
            : "";
        // "C:" alone would name a drive-relative path.
        return installFolder.Length > 2 ? installFolder : handlerFolder;
    }

    /// <summary>A drive (C:\…) or UNC (\\server\…) path ending in the tray's file name; string rules, so nothing can throw.</summary>
    private static bool IsAbsoluteTrayPath(string? path) =>
        path != null
        && path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase)
        && ((path.Length > 3 && char.IsLetter(path[0]) && path[1] == ':' && path[2] == '\\') || path.StartsWith(@"\\", StringComparison.Ordinal));
}

using AltIdShell.Desktop.Registration;
using AltIdShell.Shared;

namespace AltIdShell.Setup.Generator;

/// <summary>
/// Where each staged file is installed. What people, scripts and Windows call by path (the tray the Run value, the
/// Start menu and the Windows 11 package name; the CLI on PATH; the icons) lives in one version-independent folder, so
/// an upgrade breaks none of those paths. Only the handler DLL, which Explorer loads in process and holds until it
/// restarts, goes into a folder of its version under handler\, so that a DLL Explorer holds never blocks an upgrade.
/// </summary>
internal static class InstallLayout
{
    /// <summary>The version-independent folder: …\Programs\AltIdShell per user, Program Files\AltIdShell per machine.</summary>
    public const string InstallFolder = "INSTALLFOLDER";

    /// <summary>The handler's folder of this version, handler\&lt;version&gt; inside <see cref="InstallFolder"/>.</summary>
    public const string HandlerFolder = "HANDLERFOLDER";

    public static bool IsVersioned(string fileName) => fileName == ContextMenuHandlerIdentity.FileName;

    public static string DirectoryOf(string fileName) => IsVersioned(fileName) ? HandlerFolder : InstallFolder;

    /// <summary>The file's path inside the install folder, with Windows separators.</summary>
    public static string RelativePath(string fileName, string version) =>
        IsVersioned(fileName) ? $@"{ProductIdentity.HandlersFolderName}\{version}\{fileName}" : fileName;
}

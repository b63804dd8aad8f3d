using AltIdShell.Desktop.Registration;

namespace AltIdShell.Setup.Generator;

/// <summary>
/// Paths as Windows Installer formats them at install time: [#FileId] becomes the installed file's full path.
/// The CodeBase keeps that path's backslashes (file:///C:\…), the form WiX's own heat tool writes for COM assemblies.
/// </summary>
internal sealed class MsiInstallLocation : IInstallLocation
{
    private readonly Func<string, string> _pathOf;

    public MsiInstallLocation()
        : this(fileName => $"[#{WixIds.File(fileName)}]")
    {
    }

    private MsiInstallLocation(Func<string, string> pathOf) => _pathOf = pathOf;

    /// <summary>The same values once <paramref name="version"/> is installed into <paramref name="folder"/>: what the registry holds afterwards.</summary>
    public static MsiInstallLocation Installed(string folder, string version) =>
        new(fileName => folder.TrimEnd('\\') + "\\" + InstallLayout.RelativePath(fileName, version));

    public string PathOf(string fileName) => _pathOf(fileName);

    public string CodeBaseOf(string fileName) => "file:///" + PathOf(fileName);
}

using AltIdShell.Desktop.Registration;

namespace AltIdShell.Setup.Generator;

/// <summary>
/// Paths as Windows Installer formats them at install time: [#FileId] becomes the installed file's full path.
/// The CodeBase keeps that path's backslashes (file:///C:\…), the form WiX's own heat tool writes for COM assemblies.
/// </summary>
internal sealed class MsiInstallLocation : IInstallLocation
{
    public string PathOf(string fileName) => $"[#{WixIds.File(fileName)}]";

    public string CodeBaseOf(string fileName) => "file:///" + PathOf(fileName);
}

using System;

namespace AltIdShell.Desktop.Registration;

/// <summary>An install location that is a known folder, such as a debug build's output folder.</summary>
public sealed class InstallFolder : IInstallLocation
{
    private readonly string _folder;

    public InstallFolder(string folder)
    {
        if (folder.Length == 0)
            throw new ArgumentException("The install folder must be named.", nameof(folder));
        _folder = folder.TrimEnd('\\', '/');
    }

    public string PathOf(string fileName) => _folder + "\\" + fileName;

    public string CodeBaseOf(string fileName) => CodeBaseUrl.FromWindowsPath(PathOf(fileName));
}

namespace AltIdShell.Desktop.Registration;

/// <summary>
/// Where the installed files are, as the registry must name them. A real folder for development registrations and
/// tests; MSI formatted strings ([#FileId]) in the installer, whose folder is only known at install time.
/// </summary>
public interface IInstallLocation
{
    /// <summary>Absolute path of an installed file, as a plain Windows path.</summary>
    string PathOf(string fileName);

    /// <summary>The file:/// URL that mscoree.dll loads the handler assembly from.</summary>
    string CodeBaseOf(string fileName);
}

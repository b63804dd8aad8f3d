namespace AltIdShell.Desktop.Registration;

/// <summary>Per-user installs need no administrator and write under HKCU; per-machine ones write under HKLM.</summary>
public enum InstallScope
{
    PerUser,
    PerMachine,
}

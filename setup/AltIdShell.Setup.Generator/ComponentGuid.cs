using AltIdShell.Desktop.Registration;
using UUIDNext;

namespace AltIdShell.Setup.Generator;

/// <summary>
/// Component GUIDs, name-based (UUID version 5) on the package, the version and the component. Every version installs
/// into a folder of its own, so a component's resources change with the version, and Windows Installer's rule is a new
/// GUID for changed resources; the same build of the same version still gets the same GUIDs.
/// </summary>
internal static class ComponentGuid
{
    private static readonly Guid Namespace = new("94f3e12c-a138-4d8e-9147-e8a3ee7fbec6");

    public static string For(InstallScope scope, string version, string componentId) =>
        Uuid.NewNameBased(Namespace, $"{scope}/{version}/{componentId}").ToString("D").ToUpperInvariant();
}

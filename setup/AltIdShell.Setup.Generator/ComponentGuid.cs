using AltIdShell.Desktop.Registration;
using UUIDNext;

namespace AltIdShell.Setup.Generator;

/// <summary>
/// Component GUIDs, name-based (UUID version 5), as Windows Installer's component rules want: a component whose
/// resources stay where they are (everything in the version-independent folder, the registry values) keeps its GUID
/// from version to version; one in the handler's folder of its version (<see cref="InstallLayout"/>) moves with every
/// version, so its GUID derives from the version too. The same build of the same version gets the same GUIDs.
/// </summary>
internal static class ComponentGuid
{
    private static readonly Guid Namespace = new("94f3e12c-a138-4d8e-9147-e8a3ee7fbec6");

    /// <param name="scope">The package.</param>
    /// <param name="componentId">The component's id in the package.</param>
    /// <param name="version">The product version for a component of a versioned folder; null for every other.</param>
    public static string For(InstallScope scope, string componentId, string? version) =>
        Uuid.NewNameBased(Namespace, version == null ? $"{scope}/{componentId}" : $"{scope}/{version}/{componentId}")
            .ToString("D").ToUpperInvariant();
}

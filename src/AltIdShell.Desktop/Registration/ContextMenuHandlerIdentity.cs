using AltIdShell.Shared;

namespace AltIdShell.Desktop.Registration;

/// <summary>
/// The .NET identity mscoree.dll activates for <see cref="ProductIdentity.ContextMenuClsid"/>. It must equal the built
/// AltIdShell.ContextMenu.dll's (AssemblyVersion and key in its .csproj); a test over the built DLL holds them together.
/// </summary>
public static class ContextMenuHandlerIdentity
{
    public const string ClassName = "AltIdShell.ContextMenu.ExportPublicKeyMenu";
    public const string AssemblyVersion = "1.0.0.0";
    public const string PublicKeyToken = "4d1c8a0ad54cdb69";
    public const string FileName = ProductIdentity.ContextMenuAssemblyName + ".dll";
    public const string DisplayName = "AltIdShell context menu";
    public const string RuntimeVersion = "v4.0.30319";

    public static string AssemblyFullName =>
        $"{ProductIdentity.ContextMenuAssemblyName}, Version={AssemblyVersion}, Culture=neutral, PublicKeyToken={PublicKeyToken}";
}

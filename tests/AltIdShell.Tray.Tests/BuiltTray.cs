using System.Reflection;
using AltIdShell.Desktop.Registration;
using AltIdShell.Shared;

namespace AltIdShell.Tray.Tests;

/// <summary>
/// The built net48 AltIdShell.Tray.exe, loaded for inspection only (MetadataLoadContext) against the .NET Framework
/// 4.8 reference assemblies and the libraries beside it, as the Windows CLR would resolve it.
/// </summary>
public sealed class BuiltTray : IDisposable
{
    private readonly MetadataLoadContext context;

    public BuiltTray()
    {
        Folder = Metadata("TrayOutputFolder");
        Path = System.IO.Path.Combine(Folder, ProductIdentity.TrayExecutableName);
        var references = System.IO.Path.Combine(Metadata("NuGetPackageRoot"), "microsoft.netframework.referenceassemblies.net48");
        var framework = Directory.GetDirectories(references).OrderBy(d => d, StringComparer.Ordinal).Last();
        var frameworkFolder = System.IO.Path.Combine(framework, "build", ".NETFramework", "v4.8");
        var files = Directory.GetFiles(frameworkFolder, "*.dll").Concat(Directory.GetFiles(Folder, "*.dll")).Append(Path);
        context = new MetadataLoadContext(new PathAssemblyResolver(files), "mscorlib");
        Assembly = context.LoadFromAssemblyPath(Path);
    }

    public string Folder { get; }
    public string Path { get; }
    public Assembly Assembly { get; }

    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => context.Dispose();

    private static string Metadata(string key) =>
        typeof(BuiltTray).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

using System.Reflection;

namespace AltIdShell.ContextMenu.Tests;

/// <summary>
/// The built net48 AltIdShell.ContextMenu.dll, loaded for inspection only (MetadataLoadContext) against the
/// .NET Framework 4.8 reference assemblies, as Explorer's CLR would resolve it.
/// </summary>
public sealed class BuiltHandlerAssembly : IDisposable
{
    private readonly MetadataLoadContext _context;

    public BuiltHandlerAssembly()
    {
        Path = Metadata("ContextMenuAssembly");
        var references = System.IO.Path.Combine(Metadata("NuGetPackageRoot"), "microsoft.netframework.referenceassemblies.net48");
        var framework = Directory.GetDirectories(references).OrderBy(d => d, StringComparer.Ordinal).Last();
        var frameworkFolder = System.IO.Path.Combine(framework, "build", ".NETFramework", "v4.8");
        var files = Directory.GetFiles(frameworkFolder, "*.dll").Append(Path);
        _context = new MetadataLoadContext(new PathAssemblyResolver(files), "mscorlib");
        Assembly = _context.LoadFromAssemblyPath(Path);
    }

    public string Path { get; }
    public Assembly Assembly { get; }

    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => _context.Dispose();

    private static string Metadata(string key) =>
        typeof(BuiltHandlerAssembly).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

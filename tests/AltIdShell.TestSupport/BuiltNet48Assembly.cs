using System.Reflection;

namespace AltIdShell.TestSupport;

/// <summary>
/// A built net48 assembly, loaded for inspection only (MetadataLoadContext) against the .NET Framework 4.8 reference
/// assemblies and the libraries beside it, as the Windows CLR would resolve it. The test project names the file in its
/// AssemblyMetadata "BuiltNet48Assembly", so that xunit can make this a class fixture.
/// </summary>
public sealed class BuiltNet48Assembly : IDisposable
{
    private readonly MetadataLoadContext _context;

    public BuiltNet48Assembly()
    {
        Path = System.IO.Path.GetFullPath(TestProjectMetadata("BuiltNet48Assembly"));
        var references = System.IO.Path.Combine(Metadata(typeof(BuiltNet48Assembly).Assembly, "NuGetPackageRoot"),
            "microsoft.netframework.referenceassemblies.net48");
        var framework = Directory.GetDirectories(references).OrderBy(d => d, StringComparer.Ordinal).Last();
        var frameworkFolder = System.IO.Path.Combine(framework, "build", ".NETFramework", "v4.8");
        var beside = Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, "*.dll").Where(f => f != Path);
        _context = new MetadataLoadContext(
            new PathAssemblyResolver(Directory.GetFiles(frameworkFolder, "*.dll").Concat(beside).Append(Path)), "mscorlib");
        Assembly = _context.LoadFromAssemblyPath(Path);
    }

    public string Path { get; }
    public Assembly Assembly { get; }

    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => _context.Dispose();

    // One test assembly runs per process, and it is the one that names its built assembly.
    private static string TestProjectMetadata(string key) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .Select(a => a.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(m => m.Key == key)?.Value)
            .Single(value => value != null)!;

    private static string Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

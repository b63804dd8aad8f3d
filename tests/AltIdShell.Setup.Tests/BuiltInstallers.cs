using System.Reflection;
using AltIdShell.Desktop.Registration;
using AltIdShell.Setup.Generator;
using AltIdShell.TestSupport;

namespace AltIdShell.Setup.Tests;

/// <summary>Both MSIs, built once for these tests by the real build script into a folder of their own.</summary>
public sealed class BuiltInstallers : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("altidshell-msi-").FullName;

    public BuiltInstallers()
    {
        var configuration = typeof(BuiltInstallers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        Configuration = configuration;
        ExternalTool.RunText("bash", new[] { "setup/build-msi.sh", "--no-build" }, Fixtures.RepositoryRoot,
            new Dictionary<string, string> { ["ALTIDSHELL_ARTIFACTS"] = _output, ["ALTIDSHELL_CONFIGURATION"] = configuration });
        Staging = Path.Combine(_output, "msi-staging");
        PerUser = Single("AltIdShell-*.msi", m => !m.EndsWith("-permachine.msi", StringComparison.Ordinal));
        PerMachine = Single("AltIdShell-*-permachine.msi", _ => true);
    }

    public string Configuration { get; }
    public string Staging { get; }
    public string PerUser { get; }
    public string PerMachine { get; }
    /// <summary>The winget manifests the build writes from the MSIs.</summary>
    public string Winget => Path.Combine(_output, "winget");

    public string For(InstallScope scope) => scope == InstallScope.PerUser ? PerUser : PerMachine;

    public MsiTable Table(InstallScope scope, string table) =>
        MsiTable.Parse(ExternalTool.RunText("msiinfo", new[] { "export", For(scope), table }, _output));

    public string SummaryInformation(InstallScope scope) => ExternalTool.RunText("msiinfo", new[] { "suminfo", For(scope) }, _output);

    /// <summary>msiextract's files, by path relative to the folder they were unpacked into.</summary>
    public IReadOnlyList<string> Extract(InstallScope scope, string into)
    {
        Directory.CreateDirectory(into);
        ExternalTool.RunText("msiextract", new[] { "-C", into, For(scope) }, _output);
        return Directory.GetFiles(into, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(into, f)).ToList();
    }

    public string TempFolder(string name) => Path.Combine(_output, name);

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private string Single(string pattern, Func<string, bool> keep) =>
        Directory.GetFiles(_output, pattern).Where(keep).Single();
}

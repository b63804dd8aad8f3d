using System.Text.RegularExpressions;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>The README's first command must work as written: its password opens its sample, which is plainly fake.</summary>
public sealed class ReadmeFirstCommandTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-readme-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void The_first_command_exports_the_bundled_sample_with_the_documented_password()
    {
        var readme = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "README.md"));
        var command = Regex.Match(readme, @"```bash\n(?<line>[^\n]+)\n").Groups["line"].Value;
        var parts = Regex.Match(command, @"^ALTID_PASSWORD=(?<password>\S+) dotnet run --project src/AltIdShell.Cli -f net10.0 -- export (?<file>\S+)$");
        Assert.True(parts.Success, command);
        var sample = Path.Combine(_work.Info.FullName, Path.GetFileName(parts.Groups["file"].Value));
        File.Copy(Path.Combine(Fixtures.RepositoryRoot, parts.Groups["file"].Value), sample);

        var result = CliProcess.Run(new[] { "export", sample }, environment: new Dictionary<string, string> { ["ALTID_PASSWORD"] = parts.Groups["password"].Value });

        // The sample is fake, and the verdict says so: written, but not issued by the OCES CA.
        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Contains("(FAKE)", result.Stdout);
        Assert.Contains("not issued by the Danish state's OCES CA (forged or altered)", result.Stdout);
        Assert.True(File.Exists(Path.ChangeExtension(sample, ".cer")));
    }
}

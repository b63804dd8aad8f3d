using System.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// Runs the built altid-export in its own process, with a chosen UI language, stdin and environment: for what only a
/// process shows (its exit code as a shell sees it, the runtime's globalization mode, the real certificate store).
/// Everything else runs in process (<see cref="CliRunner"/>).
/// </summary>
internal static class CliProcess
{
    public static CliRunner.Result Run(IEnumerable<string> arguments, string? stdin = null, string language = "en_GB.UTF-8",
        IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var variables = new Dictionary<string, string> { ["LC_ALL"] = language, ["LANG"] = language };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            variables[name] = value;
        // The password a developer may have exported in the shell must not reach the CLI under test.
        var outcome = ExternalTool.Execute("dotnet", arguments.Prepend(Path.Combine(AppContext.BaseDirectory, "altid-export.dll")),
            stdin == null ? null : Encoding.UTF8.GetBytes(stdin), variables, workingDirectory,
            unset: new[] { "ALTID_PASSWORD" }, hangAfter: TimeSpan.FromMinutes(2));
        return new CliRunner.Result(outcome.ExitCode, Encoding.UTF8.GetString(outcome.Stdout), outcome.Stderr);
    }
}

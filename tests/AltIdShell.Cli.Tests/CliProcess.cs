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
        IDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        Run(new[] { "dotnet" }, arguments, stdin, language, environment, workingDirectory);

    /// <summary>
    /// As <see cref="Run(IEnumerable{string}, string?, string, IDictionary{string, string}?, string?)"/>, bound by file
    /// permissions as a user is: root (as CI runs) reads and searches past them, so there setpriv drops the two
    /// capabilities that let it; owner, group and other bits then apply to root as to anyone.
    /// </summary>
    public static CliRunner.Result RunBoundByPermissions(IEnumerable<string> arguments, string? stdin = null, string language = "en_GB.UTF-8") =>
        Run(Environment.UserName == "root" ? new[] { "setpriv", "--bounding-set=-dac_override,-dac_read_search", "dotnet" } : new[] { "dotnet" },
            arguments, stdin, language, null, null);

    private static CliRunner.Result Run(string[] command, IEnumerable<string> arguments, string? stdin, string language,
        IDictionary<string, string>? environment, string? workingDirectory)
    {
        var variables = new Dictionary<string, string> { ["LC_ALL"] = language, ["LANG"] = language };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            variables[name] = value;
        // The password a developer may have exported in the shell must not reach the CLI under test.
        var outcome = ExternalTool.Execute(command[0], command.Skip(1).Append(Path.Combine(AppContext.BaseDirectory, "altid-export.dll")).Concat(arguments),
            stdin == null ? null : Encoding.UTF8.GetBytes(stdin), variables, workingDirectory,
            unset: new[] { "ALTID_PASSWORD" }, hangAfter: TimeSpan.FromMinutes(2));
        return new CliRunner.Result(outcome.ExitCode, Encoding.UTF8.GetString(outcome.Stdout), outcome.Stderr);
    }
}

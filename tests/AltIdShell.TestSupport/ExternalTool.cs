using System.Diagnostics;
using System.Text;

namespace AltIdShell.TestSupport;

/// <summary>Runs a command-line tool the tests compare with, build with, or test.</summary>
public static class ExternalTool
{
    public sealed record Outcome(int ExitCode, byte[] Stdout, string Stderr);

    /// <summary>As <see cref="Execute"/>; a non-zero exit fails with what the tool printed.</summary>
    public static byte[] Run(string fileName, IEnumerable<string> arguments, byte[]? input = null,
        IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var argumentList = arguments.ToList();
        var outcome = Execute(fileName, argumentList, input, environment, workingDirectory);
        if (outcome.ExitCode != 0)
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', argumentList)} exited with {outcome.ExitCode}:\n{Encoding.UTF8.GetString(outcome.Stdout)}\n{outcome.Stderr}");
        return outcome.Stdout;
    }

    /// <summary>As <see cref="Run"/>, with the output as UTF-8 text.</summary>
    public static string RunText(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IDictionary<string, string>? environment = null) =>
        Encoding.UTF8.GetString(Run(fileName, arguments, environment: environment, workingDirectory: workingDirectory));

    /// <summary>
    /// Runs the tool to its end, whatever its exit code. <paramref name="unset"/> are removed from the inherited
    /// environment before <paramref name="environment"/> is applied; past <paramref name="hangAfter"/> the tool is
    /// killed and the test fails rather than waits for ever.
    /// </summary>
    public static Outcome Execute(string fileName, IEnumerable<string> arguments, byte[]? input = null,
        IDictionary<string, string>? environment = null, string? workingDirectory = null,
        IEnumerable<string>? unset = null, TimeSpan? hangAfter = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var name in unset ?? Array.Empty<string>())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(output);
        var stderr = process.StandardError.ReadToEndAsync();
        if (input != null)
            process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(hangAfter ?? Timeout.InfiniteTimeSpan))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {hangAfter}");
        }
        stdout.Wait();
        return new Outcome(process.ExitCode, output.ToArray(), stderr.Result);
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace AltIdShell.WindowsSemantics;

/// <summary>One run of altid-export.exe with --json: its exit code and the error kind it reported, if any.</summary>
internal sealed record CliRun(int ExitCode, string? ErrorKind, string Output)
{
    public static CliRun Export(string cli, string password, params string[] arguments)
    {
        var start = new ProcessStartInfo(cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("export");
        start.ArgumentList.Add("--json");
        // No OCSP request leaves a test.
        start.ArgumentList.Add("--offline");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ALTID_PASSWORD"] = password;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, ErrorKindIn(output), output + error.Result);
    }

    private static string? ErrorKindIn(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var file in document.RootElement.EnumerateArray())
            {
                if (file.TryGetProperty("error", out var error))
                    return error.GetProperty("kind").GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a usage error, say): the exit code and the output tell the story.
        }
        return null;
    }
}

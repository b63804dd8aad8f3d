using System.Diagnostics;
using System.Text;

namespace AltIdShell.TestSupport;

/// <summary>Runs a command-line tool the tests compare with or build with; a non-zero exit fails with what it printed.</summary>
public static class ExternalTool
{
    public static byte[] Run(string fileName, IEnumerable<string> arguments, byte[]? input = null,
        IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        if (input != null)
            process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{Encoding.UTF8.GetString(output.ToArray())}\n{stderr.Result}");
        return output.ToArray();
    }

    /// <summary>As <see cref="Run"/>, with the output as UTF-8 text.</summary>
    public static string RunText(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IDictionary<string, string>? environment = null) =>
        Encoding.UTF8.GetString(Run(fileName, arguments, environment: environment, workingDirectory: workingDirectory));
}

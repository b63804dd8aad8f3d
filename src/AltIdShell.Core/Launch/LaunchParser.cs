using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AltIdShell.Core.Activation;

namespace AltIdShell.Core.Launch;

/// <summary>
/// Decodes the tray's command line and standard input. The Explorer handler writes one path per line (UTF-8) to
/// standard input and closes it; autostart passes --background; a notification button passes an altidshell: URI.
/// </summary>
public static class LaunchParser
{
    public const string BackgroundOption = "--background";

    /// <summary>Standard input (when redirected, else null) is read to its end, within the limits, only when there are no arguments.</summary>
    public static LaunchRequest Parse(IReadOnlyList<string> args, TextReader? stdin, PathStyle style, Func<string, bool> fileExists)
    {
        if (args.Count == 1 && args[0] == BackgroundOption)
            return LaunchRequest.Background;
        if (args.Count == 1 && ActivationUri.HasScheme(args[0]))
            return ActivationUri.TryParse(args[0], out _) ? LaunchRequest.Activate(args[0]) : LaunchRequest.Invalid("unrecognised URI");
        var option = args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal));
        if (option != null)
            return LaunchRequest.Invalid("unknown option " + option);

        IReadOnlyList<string>? paths = args.Count > 0 ? args : stdin == null ? Array.Empty<string>() : ReadLines(stdin);
        if (paths == null)
            return LaunchRequest.Invalid("standard input exceeds the limits");
        return ValidatePaths(paths, style, fileExists);
    }

    public static LaunchRequest ValidatePaths(IReadOnlyList<string> paths, PathStyle style, Func<string, bool> fileExists)
    {
        if (paths.Count == 0)
            return LaunchRequest.Show;
        if (paths.Count > HandoffLimits.MaxPaths)
            return LaunchRequest.Invalid($"{paths.Count} paths, at most {HandoffLimits.MaxPaths}");
        if (paths.Sum(p => p.Length) > HandoffLimits.MaxTotalPathChars)
            return LaunchRequest.Invalid("paths exceed the limits");
        foreach (var path in paths)
        {
            var rejection = CertificatePath.Check(path, style, fileExists);
            if (rejection != PathRejection.None)
                return LaunchRequest.Invalid($"{rejection}: {path}");
        }
        return LaunchRequest.Export(paths.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>One path a line; blank lines skipped; null once the text passes the limits, before reading further.</summary>
    private static IReadOnlyList<string>? ReadLines(TextReader reader)
    {
        var paths = new List<string>();
        var total = 0;
        var line = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > HandoffLimits.MaxTotalPathChars + HandoffLimits.MaxPaths * 2 + 1)
                return null;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                    Complete(line, paths);
                else
                    line.Append(buffer[i]);
            }
            if (paths.Count > HandoffLimits.MaxPaths)
                return null;
        }
        Complete(line, paths);
        return paths.Count > HandoffLimits.MaxPaths ? null : paths;
    }

    private static void Complete(StringBuilder line, List<string> paths)
    {
        var text = line.ToString().TrimEnd('\r').TrimStart('\uFEFF');
        line.Clear();
        if (text.Trim().Length > 0)
            paths.Add(text);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Desktop.Activation;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Launch;

/// <summary>
/// Decodes the tray's command line and the paths on its standard input. The Explorer handler writes one path per line
/// (UTF-8, <see cref="SelectionHandoff"/>) and closes it; autostart passes --background; the installer passes --exit;
/// a notification button passes an altidshell: URI.
/// </summary>
public static class LaunchParser
{
    public const string BackgroundOption = "--background";
    public const string ExitOption = "--exit";

    /// <summary>The paths from standard input (SelectionHandoff) count only when there are no arguments.</summary>
    public static LaunchRequest Parse(IReadOnlyList<string> args, IReadOnlyList<string>? stdinPaths, PathStyle style, Func<string, bool> fileExists)
    {
        if (args.Count == 1 && args[0] == BackgroundOption)
            return LaunchRequest.Background;
        if (args.Count == 1 && args[0] == ExitOption)
            return LaunchRequest.Exit;
        // Whatever a URI start brings (a web page can split it into several arguments with a quote), it is never told.
        if (args.Count > 0 && ActivationUri.HasScheme(args[0]))
            return args.Count == 1 && ActivationUri.TryParse(args[0], out _) ? LaunchRequest.Activate(args[0]) : LaunchRequest.Invalid("unrecognised URI", tellsUser: false);
        var option = args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal));
        if (option != null)
            return LaunchRequest.Invalid("unknown option " + option);

        return ValidatePaths(args.Count > 0 ? args : stdinPaths ?? Array.Empty<string>(), style, fileExists);
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
}

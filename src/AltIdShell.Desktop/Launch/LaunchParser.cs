using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Activation;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Launch;

/// <summary>
/// Decodes the tray's command line and the paths handed over. The Explorer handler passes --handoff NAME and writes
/// one path per line into that pipe (UTF-8, <see cref="SelectionHandoff"/>), with --check first when the files are to be
/// checked rather than exported; other programs may use standard input; autostart passes --background; the installer
/// passes --exit; a notification button passes an altidshell: URI.
/// </summary>
public static class LaunchParser
{
    public const string BackgroundOption = "--background";
    public const string ExitOption = "--exit";

    /// <summary>
    /// The paths handed over (read from the pipe named by --handoff, or from standard input) count only when there are
    /// no other arguments; null when they could not be read.
    /// </summary>
    public static LaunchRequest Parse(IReadOnlyList<string> args, IReadOnlyList<string>? handedOver, PathStyle style, Func<string, bool> fileExists)
    {
        if (args.Count == 1 && args[0] == BackgroundOption)
            return LaunchRequest.Background;
        if (args.Count == 1 && args[0] == ExitOption)
            return LaunchRequest.Exit;
        // Whatever a URI start brings (a web page can split it into several arguments with a quote), it is never told.
        if (args.Count > 0 && ActivationUri.HasScheme(args[0]))
            return args.Count == 1 && ActivationUri.TryParse(args[0], out _) ? LaunchRequest.Activate(args[0]) : LaunchRequest.Invalid(LaunchProblemText.UnrecognisedUri, tellsUser: false);
        var check = args.Count > 0 && args[0] == SelectionHandoff.CheckOption;
        if (HandoffPipe(args) != null)
            return handedOver == null ? LaunchRequest.Invalid(LaunchProblemText.SelectionDidNotArrive) : Validate(handedOver, style, fileExists, check);
        if (check)
            args = args.Skip(1).ToArray();
        var option = args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal));
        if (option != null)
            return LaunchRequest.Invalid(LaunchProblemText.UnknownOption.Format(DisplayText.Escape(option.Split('=', ':')[0])));

        var paths = args.Count > 0 ? args : handedOver ?? Array.Empty<string>();
        if (check && paths.Count == 0)
            return LaunchRequest.Invalid(LaunchProblemText.CheckWithoutFiles);
        return Validate(paths, style, fileExists, check);
    }

    /// <summary>
    /// The hand-over pipe of an Explorer start (--handoff NAME, or --check --handoff NAME), when the name is one the
    /// handler makes.
    /// </summary>
    public static string? HandoffPipe(IReadOnlyList<string> args)
    {
        var at = args.Count == 3 && args[0] == SelectionHandoff.CheckOption ? 1 : 0;
        return args.Count == at + 2 && args[at] == SelectionHandoff.PipeOption && SelectionHandoff.IsPipeName(args[at + 1]) ? args[at + 1] : null;
    }

    /// <summary>Files to export: .p12/.pfx.</summary>
    public static LaunchRequest ValidatePaths(IReadOnlyList<string> paths, PathStyle style, Func<string, bool> fileExists) =>
        Validate(paths, style, fileExists, check: false);

    /// <summary>Files to check: .cer/.crt/.p7b.</summary>
    public static LaunchRequest ValidateCheckPaths(IReadOnlyList<string> paths, PathStyle style, Func<string, bool> fileExists) =>
        Validate(paths, style, fileExists, check: true);

    private static LaunchRequest Validate(IReadOnlyList<string> paths, PathStyle style, Func<string, bool> fileExists, bool check)
    {
        if (paths.Count == 0)
            return LaunchRequest.Show;
        if (paths.Count > HandoffLimits.MaxPaths)
            return LaunchRequest.Invalid(LaunchProblemText.TooManyFiles.Format(paths.Count, HandoffLimits.MaxPaths));
        if (paths.Sum(p => p.Length) > HandoffLimits.MaxTotalPathChars)
            return LaunchRequest.Invalid(LaunchProblemText.PathsTooLong);
        foreach (var path in paths)
        {
            var extensions = check ? ProductIdentity.CheckExtensions : ProductIdentity.CertificateExtensions;
            var rejection = CertificatePath.Check(path, style, fileExists, extensions);
            if (rejection != PathRejection.None)
                return LaunchRequest.Invalid(LaunchProblemText.For(rejection, path, extensions));
        }
        var distinct = paths.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return check ? LaunchRequest.Check(distinct) : LaunchRequest.Export(distinct);
    }
}

using System;
using System.Collections.Generic;

namespace AltIdShell.Desktop.Launch;

/// <summary>One start of the tray executable, decoded from its arguments and standard input.</summary>
public sealed class LaunchRequest
{
    private LaunchRequest(LaunchKind kind, IReadOnlyList<string> paths, string? uri, string? problem)
    {
        Kind = kind;
        Paths = paths;
        Uri = uri;
        Problem = problem;
    }

    public LaunchKind Kind { get; }
    /// <summary>With <see cref="LaunchKind.Export"/>: the files, each already checked by <see cref="CertificatePath"/>.</summary>
    public IReadOnlyList<string> Paths { get; }
    /// <summary>With <see cref="LaunchKind.Activate"/>: the altidshell: URI as received.</summary>
    public string? Uri { get; }
    /// <summary>With <see cref="LaunchKind.Invalid"/>: why, in English, for the log (it may quote a path, never a password).</summary>
    public string? Problem { get; }

    public static LaunchRequest Show { get; } = new(LaunchKind.Show, Array.Empty<string>(), null, null);
    public static LaunchRequest Background { get; } = new(LaunchKind.Background, Array.Empty<string>(), null, null);
    public static LaunchRequest Export(IReadOnlyList<string> paths) => new(LaunchKind.Export, paths, null, null);
    public static LaunchRequest Activate(string uri) => new(LaunchKind.Activate, Array.Empty<string>(), uri, null);
    public static LaunchRequest Invalid(string problem) => new(LaunchKind.Invalid, Array.Empty<string>(), null, problem);
}

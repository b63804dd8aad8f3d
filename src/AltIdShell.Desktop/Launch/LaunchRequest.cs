using System;
using System.Collections.Generic;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Launch;

/// <summary>
/// One request to the tray, from its own command line and standard input or, forwarded, over the pipe
/// (<see cref="Pipe.PipeProtocol"/>). It has no field for a password.
/// </summary>
public sealed record LaunchRequest
{
    private LaunchRequest(LaunchKind kind, IReadOnlyList<string> paths, string? uri, LocalizedText? problem, bool tellsUser)
    {
        Kind = kind;
        Paths = paths;
        Uri = uri;
        Problem = problem;
        TellsUser = tellsUser;
    }

    public LaunchKind Kind { get; }
    /// <summary>With <see cref="LaunchKind.Export"/> and <see cref="LaunchKind.Check"/>: the files, each already checked by <see cref="CertificatePath"/>.</summary>
    public IReadOnlyList<string> Paths { get; }
    /// <summary>With <see cref="LaunchKind.Activate"/>: the altidshell: URI as received.</summary>
    public string? Uri { get; }
    /// <summary>With <see cref="LaunchKind.Invalid"/>: why, from <see cref="LaunchProblemText"/> (it may quote a path, never a password).</summary>
    public LocalizedText? Problem { get; }
    /// <summary>
    /// With <see cref="LaunchKind.Invalid"/>: whether a person started this and should hear why nothing happens. A
    /// malformed altidshell: URI is silent: any web page can start those, as often as it likes.
    /// </summary>
    public bool TellsUser { get; }

    public static LaunchRequest Show { get; } = new(LaunchKind.Show, Array.Empty<string>(), null, null, false);
    public static LaunchRequest Background { get; } = new(LaunchKind.Background, Array.Empty<string>(), null, null, false);
    public static LaunchRequest Exit { get; } = new(LaunchKind.Exit, Array.Empty<string>(), null, null, false);
    public static LaunchRequest Export(IReadOnlyList<string> paths) => new(LaunchKind.Export, paths, null, null, false);
    public static LaunchRequest Check(IReadOnlyList<string> paths) => new(LaunchKind.Check, paths, null, null, false);
    public static LaunchRequest Activate(string uri) => new(LaunchKind.Activate, Array.Empty<string>(), uri, null, false);
    public static LaunchRequest Invalid(LocalizedText problem, bool tellsUser = true) => new(LaunchKind.Invalid, Array.Empty<string>(), null, problem, tellsUser);

    /// <summary>Whether a later start hands this request to the running tray (--background has nothing to hand over).</summary>
    public bool IsForwarded => Kind is LaunchKind.Show or LaunchKind.Export or LaunchKind.Check or LaunchKind.Activate or LaunchKind.Exit;
}

using System;
using System.Collections.Generic;
using AltIdShell.Desktop.Launch;

namespace AltIdShell.Desktop.Pipe;

/// <summary>One request over the tray's pipe. It has no field for a password, and the decoder refuses any field it does not know.</summary>
public sealed class PipeMessage
{
    private PipeMessage(PipeMessageKind kind, IReadOnlyList<string> paths, string? uri)
    {
        Kind = kind;
        Paths = paths;
        Uri = uri;
    }

    public PipeMessageKind Kind { get; }
    public IReadOnlyList<string> Paths { get; }
    public string? Uri { get; }

    public static PipeMessage Show() => new(PipeMessageKind.Show, Array.Empty<string>(), null);
    public static PipeMessage Export(IReadOnlyList<string> paths) => new(PipeMessageKind.Export, paths, null);
    public static PipeMessage Activate(string uri) => new(PipeMessageKind.Activate, Array.Empty<string>(), uri);

    /// <summary>The message that forwards this start of the tray; null for what is never forwarded (--background, invalid).</summary>
    public static PipeMessage? For(LaunchRequest request) => request.Kind switch
    {
        LaunchKind.Show => Show(),
        LaunchKind.Export => Export(request.Paths),
        LaunchKind.Activate => Activate(request.Uri!),
        _ => null,
    };
}

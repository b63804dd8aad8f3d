using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipes;
using System.Security.Principal;
using System.Threading.Tasks;
using AltIdShell.Desktop.Launch;
using AltIdShell.Shared;

namespace AltIdShell.Tray;

/// <summary>Where the tray runs: Windows has pipes, ACLs, toasts and Explorer; Mono on Linux (tests) has none of them.</summary>
internal static class TrayPlatform
{
    public static bool IsWindows { get; } = Environment.OSVersion.Platform == PlatformID.Win32NT;

    /// <summary>
    /// Running with an administrator token. Under UAC a normal start has the Administrators group only for deny, so
    /// this is true only for an elevated start (or an administrator account without UAC).
    /// </summary>
    public static bool IsElevated()
    {
        if (!IsWindows)
            return false;
        using var identity = WindowsIdentity.GetCurrent();
        return new WindowsPrincipal(identity).IsInRole(WindowsBuiltInRole.Administrator);
    }

    /// <summary>
    /// The paths on standard input, when another program redirected it; null when it is not redirected or its writer
    /// never closes it: that must not hang the tray, so the read gets a few seconds. Throws
    /// <see cref="InvalidDataException"/> when it holds more than a handoff may.
    /// </summary>
    public static IReadOnlyList<string>? StandardInputPaths() =>
        Console.IsInputRedirected ? ReadBounded(Console.OpenStandardInput, "standard input") : null;

    /// <summary>
    /// The paths in the Explorer handler's hand-over pipe; null when it cannot be reached or does not end within a few
    /// seconds. Throws <see cref="InvalidDataException"/> when it holds more than a handoff may.
    /// </summary>
    public static IReadOnlyList<string>? HandedOverPaths(string pipeName) => ReadBounded(() =>
    {
        var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.In);
        pipe.Connect(5000);
        return pipe;
    }, "the hand-over pipe");

    private static IReadOnlyList<string>? ReadBounded(Func<Stream> open, string what)
    {
        var read = Task.Run(() =>
        {
            using var stream = open();
            return BoundedInput.ReadToEnd(stream, HandoffLimits.MaxInputBytes);
        });
        try
        {
            if (!read.Wait(TimeSpan.FromSeconds(5)))
                return null;
        }
        catch (AggregateException e) when (e.InnerException is IOException or TimeoutException or UnauthorizedAccessException)
        {
            return null;
        }
        var bytes = read.Result ?? throw new InvalidDataException(what + " exceeds the limits");
        return SelectionHandoff.Read(new MemoryStream(bytes));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
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
    /// The paths on standard input, when another program redirected it (the Explorer handler does, then closes it);
    /// null when it is not redirected or its writer never closes it: that must not hang the tray, so the read gets
    /// a few seconds. Throws <see cref="InvalidDataException"/> when it holds more than a handoff may.
    /// </summary>
    public static IReadOnlyList<string>? StandardInputPaths()
    {
        if (!Console.IsInputRedirected)
            return null;
        var read = Task.Run(() => BoundedInput.ReadToEnd(Console.OpenStandardInput(), HandoffLimits.MaxInputBytes));
        if (!read.Wait(TimeSpan.FromSeconds(5)))
            return null;
        var bytes = read.Result ?? throw new InvalidDataException("standard input exceeds the limits");
        return SelectionHandoff.Read(new MemoryStream(bytes));
    }
}

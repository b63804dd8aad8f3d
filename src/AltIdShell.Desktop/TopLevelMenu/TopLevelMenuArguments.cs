using System;
using System.Collections.Generic;
using System.Linq;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// The tray's starts for the Windows 11 verb: by COM to serve it (COM appends -Embedding to a local server's command
/// line, in either spelling; the package's ExeServer adds no arguments of its own, yet a token repeated by a
/// registration that did is still a COM start), and by the uninstaller to remove the package registration before
/// the install folder goes: the user's own, or as SYSTEM every user's.
/// </summary>
public static class TopLevelMenuArguments
{
    public const string RemovePackage = "--remove-package";
    public const string AllUsers = "--all-users";

    /// <summary>Only -Embedding or /Embedding, as often as COM put it there: anything else is a path or an option.</summary>
    public static bool IsComServerStart(IReadOnlyList<string> args) =>
        args.Count > 0 && args.All(IsEmbedding);

    public static bool IsRemovePackage(IReadOnlyList<string> args) =>
        args.Count >= 1 && string.Equals(args[0], RemovePackage, StringComparison.Ordinal)
        && (args.Count == 1 || (args.Count == 2 && string.Equals(args[1], AllUsers, StringComparison.Ordinal)));

    /// <summary>The uninstaller's per-machine removal, run as SYSTEM: every user's registration, not the caller's.</summary>
    public static bool RemovesForAllUsers(IReadOnlyList<string> args) => IsRemovePackage(args) && args.Count == 2;

    private static bool IsEmbedding(string arg) =>
        arg.Length == "-Embedding".Length && (arg[0] == '-' || arg[0] == '/')
        && string.Equals(arg.Substring(1), "Embedding", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a process COM started ends: when no click has asked anything of it and Explorer has not called it for
    /// <see cref="IdlePeriod"/>, since Explorer starts it for every menu it shows on a .p12 and a dismissed menu asks
    /// nothing, while a menu still open (each call restarts the period) may still be clicked. A click ends it anyway,
    /// once handed on.
    /// </summary>
    public static bool ComStartEndsWhenIdle(int requestsServed, TimeSpan sinceLastCall) => requestsServed == 0 && sinceLastCall >= IdlePeriod;

    /// <summary>How long a COM start waits for a call.</summary>
    public static TimeSpan IdlePeriod { get; } = TimeSpan.FromMinutes(2);
}

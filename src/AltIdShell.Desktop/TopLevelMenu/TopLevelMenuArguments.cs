using System;
using System.Collections.Generic;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// The tray's two starts for the Windows 11 verb: by COM to serve it (the argument the package's ExeServer names,
/// which COM itself also passes to local servers it starts, in either spelling), and by the uninstaller to remove
/// the user's package registration before the install folder goes.
/// </summary>
public static class TopLevelMenuArguments
{
    public const string ComServer = "-Embedding";
    public const string RemovePackage = "--remove-package";

    public static bool IsComServerStart(IReadOnlyList<string> args) =>
        args.Count == 1 && (string.Equals(args[0], ComServer, StringComparison.OrdinalIgnoreCase)
                            || string.Equals(args[0], "/Embedding", StringComparison.OrdinalIgnoreCase));

    public static bool IsRemovePackage(IReadOnlyList<string> args) =>
        args.Count == 1 && string.Equals(args[0], RemovePackage, StringComparison.Ordinal);

    /// <summary>
    /// Whether a tray that COM started ends after <see cref="IdlePeriod"/>: when no click has asked anything of it, since
    /// Explorer starts it for every menu it shows on a .p12, and a menu dismissed must not leave a tray icon behind.
    /// </summary>
    public static bool ComStartEndsWhenIdle(int requestsServed) => requestsServed == 0;

    /// <summary>How long a COM-started tray waits for a click: a right-click that shows the menu and is then dismissed asks nothing.</summary>
    public static TimeSpan IdlePeriod { get; } = TimeSpan.FromMinutes(2);
}

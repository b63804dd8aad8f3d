using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Desktop.Activation;

namespace AltIdShell.Desktop.Recent;

/// <summary>
/// Which .cer a notification button (an altidshell: URI) may act on. Any web page can start such a URI with any
/// path in it, so the tray acts only on a .cer that is in the user's own recent-exports list and still exists.
/// </summary>
public static class RecentActivation
{
    /// <summary>The list's entry for the URI's .cer; null when there is none: the tray shows its list instead.</summary>
    public static RecentExport? Target(ActivationCommand command, IEnumerable<RecentExport> recent, Func<string, bool> fileExists)
    {
        var entry = recent.FirstOrDefault(e => RecentExportsStore.SamePath(e.OutputPath, command.Path));
        return entry != null && fileExists(entry.OutputPath) ? entry : null;
    }
}

using System;
using System.Collections.Generic;

namespace AltIdShell.Shared;

/// <summary>
/// Whether a selection gets our item, in the classic handler and the Windows 11 verb alike: only when every selected
/// item is a .p12/.pfx file, judged by name alone, because this runs on every right-click (also inside other
/// programs' file dialogs) and must not touch the disk.
/// </summary>
internal static class SelectionFilter
{
    public static bool ShowsItem(IReadOnlyList<string> selection)
    {
        if (selection.Count == 0)
            return false;
        foreach (var path in selection)
        {
            if (!IsCertificateFile(path))
                return false;
        }
        return true;
    }

    public static bool IsCertificateFile(string path)
    {
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        foreach (var extension in ProductIdentity.CertificateExtensions)
        {
            if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static readonly char[] Separators = { '\\', '/' };
}

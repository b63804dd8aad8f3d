using System;
using System.Collections.Generic;

namespace AltIdShell.Shared;

/// <summary>
/// Whether a selection gets one of our items, in the classic handler and the Windows 11 verb alike: the export when
/// every selected item is a .p12/.pfx file, the check when every one is a .cer/.crt/.p7b file. Judged by name alone,
/// because this runs on every right-click (also inside other programs' file dialogs) and must not touch the disk.
/// </summary>
internal static class SelectionFilter
{
    public static bool ShowsItem(IReadOnlyList<string> selection) => AllHave(selection, ProductIdentity.CertificateExtensions);

    public static bool ShowsCheckItem(IReadOnlyList<string> selection) => AllHave(selection, ProductIdentity.CheckExtensions);

    private static bool HasExtension(string path, IReadOnlyList<string> extensions)
    {
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        foreach (var extension in extensions)
        {
            if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool AllHave(IReadOnlyList<string> selection, IReadOnlyList<string> extensions)
    {
        if (selection.Count == 0)
            return false;
        foreach (var path in selection)
        {
            if (!HasExtension(path, extensions))
                return false;
        }
        return true;
    }

    private static readonly char[] Separators = { '\\', '/' };
}

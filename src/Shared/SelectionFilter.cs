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
    public static bool ShowsItem(IReadOnlyList<string> selection) => All(selection, CertificateFileName.IsCertificateFile);

    public static bool ShowsCheckItem(IReadOnlyList<string> selection) => All(selection, CertificateFileName.IsCheckFile);

    private static bool All(IReadOnlyList<string> selection, Func<string, bool> rule)
    {
        if (selection.Count == 0)
            return false;
        foreach (var path in selection)
        {
            if (!rule(path))
                return false;
        }
        return true;
    }
}

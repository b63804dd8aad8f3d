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
            if (!CertificateFileName.IsCertificateFile(path))
                return false;
        }
        return true;
    }
}

using System.Collections.Generic;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu;

/// <summary>Whether QueryContextMenu adds our item for these flags, command-id range and selection.</summary>
internal static class MenuPlacement
{
    private const uint DefaultOnly = 0x1; // CMF_DEFAULTONLY: Explorer only wants the default verb (double-click)

    public static bool AddsItem(uint flags, uint firstCommandId, uint lastCommandId, IReadOnlyList<string> selection) =>
        (flags & DefaultOnly) == 0
        && firstCommandId + (ulong)ExportVerb.Offset <= lastCommandId
        && SelectionFilter.ShowsItem(selection);
}

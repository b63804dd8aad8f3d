using System.Collections.Generic;

namespace AltIdShell.ContextMenu;

/// <summary>Which item QueryContextMenu adds for these flags, command-id range and selection, if any.</summary>
internal static class MenuPlacement
{
    private const uint DefaultOnly = 0x1; // CMF_DEFAULTONLY: Explorer only wants the default verb (double-click)

    /// <summary>Null when the menu gets nothing from us.</summary>
    public static MenuVerb? ItemFor(uint flags, uint firstCommandId, uint lastCommandId, IReadOnlyList<string> selection, bool packagedVerbReplacesExport) =>
        (flags & DefaultOnly) == 0 && firstCommandId + (ulong)MenuVerb.Offset <= lastCommandId
            ? Offered(MenuVerb.For(selection), packagedVerbReplacesExport)
            : null;

    // The Windows 11 package offers the export only; the check stays a classic item there.
    private static MenuVerb? Offered(MenuVerb? verb, bool packagedVerbReplacesExport) =>
        verb == MenuVerb.Export && packagedVerbReplacesExport ? null : verb;
}

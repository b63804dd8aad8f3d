namespace AltIdShell.ContextMenu;

internal enum InvokedVerbKind
{
    Offset,
    Ansi,
    Unicode,
}

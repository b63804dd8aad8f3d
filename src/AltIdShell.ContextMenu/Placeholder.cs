namespace AltIdShell.ContextMenu;

internal static class Placeholder
{
}

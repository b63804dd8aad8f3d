namespace AltIdShell.Core.Launch;

/// <summary>
/// How much one start of the tray may hand over, on the command line, standard input or the pipe. Explorer caps a
/// context-menu selection far below this; the limits stop a stray writer from making the tray read without end.
/// </summary>
public static class HandoffLimits
{
    public const int MaxPaths = 64;
    public const int MaxTotalPathChars = 64 * 1024;
}

namespace AltIdShell.Desktop.Launch;

/// <summary>
/// How much one start of the tray may hand over, on the command line, standard input or the pipe. The Explorer
/// handler promises that a selection of 1,000 files works; the limits sit above that and stop a stray writer from
/// making the tray read without end.
/// </summary>
public static class HandoffLimits
{
    public const int MaxPaths = 1024;
    public const int MaxTotalPathChars = 512 * 1024;
    /// <summary>Standard input in bytes: every character of the paths at its widest in UTF-8, plus line ends and a BOM.</summary>
    public const int MaxInputBytes = MaxTotalPathChars * 3 + MaxPaths * 2 + 3;
}

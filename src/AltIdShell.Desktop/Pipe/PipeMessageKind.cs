namespace AltIdShell.Desktop.Pipe;

/// <summary>What a second start of the tray forwards to the running one.</summary>
public enum PipeMessageKind
{
    Show,
    Export,
    Activate,
}

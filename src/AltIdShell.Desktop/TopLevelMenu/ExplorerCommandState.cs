namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>IExplorerCommand::GetState's answers that the verb uses (shobjidl_core.h EXPCMDSTATE).</summary>
public enum ExplorerCommandState : uint
{
    /// <summary>ECS_ENABLED: shown and clickable.</summary>
    Enabled = 0x0,
    /// <summary>ECS_HIDDEN: not in the menu at all.</summary>
    Hidden = 0x2,
}

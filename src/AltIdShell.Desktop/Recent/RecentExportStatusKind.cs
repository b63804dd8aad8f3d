namespace AltIdShell.Desktop.Recent;

public enum RecentExportStatusKind
{
    Valid,
    /// <summary>Within the first reminder's reach (60 days).</summary>
    ExpiresSoon,
    Expired,
    /// <summary>A newer certificate for the same CVR and certificate name is in the list.</summary>
    Superseded,
}

namespace AltIdShell.Desktop.Recent;

/// <summary>The .cer of a recent export as it is on disk now, compared with what was exported.</summary>
public enum RecentCerState
{
    /// <summary>The certificate whose SHA-256 the list recorded, alone, with no key beside it.</summary>
    Unchanged,
    Missing,
    /// <summary>Another certificate, not a certificate at all, or key material added: replaced since the export.</summary>
    Changed,
    /// <summary>There, but it cannot be read now (locked, access denied).</summary>
    Unreadable,
}

namespace AltIdShell.Core.Text;

/// <summary>The words around a time a person reads: the zone is always said, so a time is never ambiguous.</summary>
public static class LocalTimeText
{
    /// <summary>{0}: date and time; {1}: the zone.</summary>
    public static LocalizedText WithZone { get; } = new("{0} ({1})", "{0} ({1})");
    public static LocalizedText DanishTime { get; } = new("dansk tid", "Danish time");
    public static LocalizedText Utc { get; } = new("UTC", "UTC");
    /// <summary>{0}: the offset, "+02:00".</summary>
    public static LocalizedText UtcOffset { get; } = new("UTC{0}", "UTC{0}");
}

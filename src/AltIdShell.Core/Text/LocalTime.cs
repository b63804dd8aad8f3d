using System;
using System.Globalization;

namespace AltIdShell.Core.Text;

/// <summary>
/// Times and day counts as a person on this computer reads them: in local time with the zone said
/// ("2029-06-07 16:00 (dansk tid)"), days counted by the calendar. The zone is given, so tests choose it;
/// machine-read output (JSON) stays in UTC and does not come here.
/// </summary>
public sealed class LocalTime
{
    // Windows names Denmark's zone after the zone it shares; Linux and macOS by the city.
    private static readonly string[] DanishZoneIds = { "Europe/Copenhagen", "Romance Standard Time" };

    public LocalTime(TimeZoneInfo zone) => Zone = zone;

    /// <summary>The computer's own zone, read once per call so a change of zone is seen.</summary>
    public static LocalTime OfThisComputer => new(TimeZoneInfo.Local);

    public TimeZoneInfo Zone { get; }

    public DateTime ToLocal(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone).DateTime;

    /// <summary>"2029-06-07 16:00 (dansk tid)" / "2029-06-07 16:00 (Danish time)".</summary>
    public LocalizedText DateAndTime(DateTimeOffset value) =>
        LocalTimeText.WithZone.Format(ToLocal(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), ZoneName(value));

    /// <summary>The local calendar day, "2029-06-07".</summary>
    public string Date(DateTimeOffset value) => ToLocal(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Calendar days from <paramref name="from"/> to <paramref name="to"/> in this zone: 23:30 to 00:30 the next day is
    /// one day, as a person with a calendar counts; negative when <paramref name="to"/> is on an earlier day.
    /// </summary>
    public int CalendarDays(DateTimeOffset from, DateTimeOffset to) => (ToLocal(to).Date - ToLocal(from).Date).Days;

    private LocalizedText ZoneName(DateTimeOffset value)
    {
        if (Array.IndexOf(DanishZoneIds, Zone.Id) >= 0)
            return LocalTimeText.DanishTime;
        var offset = Zone.GetUtcOffset(value);
        if (offset == TimeSpan.Zero && !Zone.SupportsDaylightSavingTime)
            return LocalTimeText.Utc;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return LocalTimeText.UtcOffset.Format(sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture));
    }
}

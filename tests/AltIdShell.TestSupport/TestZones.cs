using AltIdShell.Core.Text;

namespace AltIdShell.TestSupport;

/// <summary>Local times for tests, whatever zone the machine is in: Danish summer time all year.</summary>
public static class TestZones
{
    public static LocalTime Danish { get; } = new(TimeZoneInfo.CreateCustomTimeZone("Europe/Copenhagen", TimeSpan.FromHours(2), "Copenhagen", "CEST"));
}

using AltIdShell.Core.Text;

namespace AltIdShell.Core.Tests.Text;

public sealed class LocalTimeTests
{
    // Summer time all year is enough for June: the test decides the zone, not the machine.
    private static readonly LocalTime Danish = new(TimeZoneInfo.CreateCustomTimeZone("Europe/Copenhagen", TimeSpan.FromHours(2), "Copenhagen", "CEST"));
    private static readonly LocalTime NewYork = new(TimeZoneInfo.CreateCustomTimeZone("America/New_York", TimeSpan.FromHours(-4), "New York", "EDT"));
    private static readonly LocalTime Utc = new(TimeZoneInfo.Utc);
    private static readonly DateTimeOffset Expiry = new(2029, 6, 7, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_time_is_shown_in_local_time_with_the_zone_said()
    {
        Assert.Equal("2029-06-07 16:00 (dansk tid)", Danish.DateAndTime(Expiry).Danish);
        Assert.Equal("2029-06-07 16:00 (Danish time)", Danish.DateAndTime(Expiry).English);
    }

    [Fact]
    public void Another_zone_is_said_by_its_offset_and_UTC_as_UTC()
    {
        Assert.Equal("2029-06-07 10:00 (UTC-04:00)", NewYork.DateAndTime(Expiry).English);
        Assert.Equal("2029-06-07 14:00 (UTC)", Utc.DateAndTime(Expiry).Danish);
    }

    [Fact]
    public void The_date_is_the_local_calendar_day()
    {
        var lateEvening = new DateTimeOffset(2029, 6, 7, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal("2029-06-08", Danish.Date(lateEvening));
        Assert.Equal("2029-06-07", Utc.Date(lateEvening));
    }

    [Fact]
    public void Days_are_counted_by_the_calendar_not_by_24_hour_periods()
    {
        // 17:00 Danish time on 13 May to 16:00 on 7 June is 24 days and 23 hours, but 25 days on the calendar.
        var now = new DateTimeOffset(2029, 5, 13, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(25, Danish.CalendarDays(now, Expiry));
        Assert.Equal(1, Danish.CalendarDays(new DateTimeOffset(2029, 6, 6, 21, 30, 0, TimeSpan.Zero), new DateTimeOffset(2029, 6, 6, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(-1, Danish.CalendarDays(Expiry, Expiry.AddDays(-1)));
    }
}

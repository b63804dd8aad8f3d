using AltIdShell.Desktop.Notifications;

namespace AltIdShell.Desktop.Tests.Notifications;

public class NotificationFallbackTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_shown_toast_needs_nothing_more(bool resident) =>
        Assert.Equal(ResultFallback.None, NotificationFallback.For(ToastOutcome.Shown, resident));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void With_notifications_off_a_balloon_would_not_be_seen_so_the_window_opens(bool resident) =>
        Assert.Equal(ResultFallback.RecentWindow, NotificationFallback.For(ToastOutcome.Disabled, resident));

    [Fact]
    public void Without_toasts_the_resident_tray_shows_a_balloon() =>
        Assert.Equal(ResultFallback.Balloon, NotificationFallback.For(ToastOutcome.Unavailable, resident: true));

    [Fact]
    public void A_start_that_exits_after_its_job_would_take_its_balloon_with_it() =>
        Assert.Equal(ResultFallback.RecentWindow, NotificationFallback.For(ToastOutcome.Unavailable, resident: false));
}

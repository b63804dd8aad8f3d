using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Desktop.Tests.Pipe;

public class RequestRateLimitTests
{
    private TimeSpan _now = TimeSpan.FromHours(1);

    private RequestRateLimit NewLimit() => new(() => _now);

    private static int Admitted(RequestRateLimit limit, int requests) =>
        Enumerable.Range(0, requests).Count(_ => limit.TryAdmit());

    [Fact]
    public void A_burst_up_to_the_limit_is_admitted_at_once() =>
        Assert.Equal(RequestRateLimit.MaxRequests, Admitted(NewLimit(), RequestRateLimit.MaxRequests));

    [Fact]
    public void Requests_beyond_the_limit_are_refused_for_the_rest_of_the_window()
    {
        var limit = NewLimit();
        Admitted(limit, RequestRateLimit.MaxRequests);

        Assert.False(limit.TryAdmit());
        _now += RequestRateLimit.Window - TimeSpan.FromTicks(1);
        Assert.Equal(0, Admitted(limit, 100));
    }

    [Fact]
    public void A_full_window_later_the_whole_burst_is_admitted_again()
    {
        var limit = NewLimit();
        Admitted(limit, RequestRateLimit.MaxRequests);
        Assert.Equal(0, Admitted(limit, 100));

        _now += RequestRateLimit.Window;

        Assert.Equal(RequestRateLimit.MaxRequests, Admitted(limit, 100));
    }

    [Fact]
    public void Each_admitted_request_frees_its_place_one_window_after_it_came()
    {
        var limit = NewLimit();
        var start = _now;
        for (var i = 0; i < RequestRateLimit.MaxRequests; i++)
        {
            _now = start + TimeSpan.FromMilliseconds(500 * i);
            Assert.True(limit.TryAdmit());
        }
        Assert.False(limit.TryAdmit());

        _now = start + RequestRateLimit.Window;
        Assert.True(limit.TryAdmit());
        Assert.False(limit.TryAdmit());
        _now += TimeSpan.FromMilliseconds(500);
        Assert.True(limit.TryAdmit());
        Assert.False(limit.TryAdmit());
    }

    /// <summary>
    /// Bursts and pauses from a fixed seed: every window of any position holds at most the limit, and a request is
    /// refused only when the window ending at it is already full.
    /// </summary>
    [Fact]
    public void No_window_ever_holds_more_than_the_limit_and_only_a_full_window_refuses()
    {
        var random = new Random(20261124);
        var limit = NewLimit();
        var admitted = new List<TimeSpan>();
        var refused = 0;
        for (var i = 0; i < 5000; i++)
        {
            _now += TimeSpan.FromMilliseconds(random.Next(10) == 0 ? random.Next(15000) : random.Next(400));
            if (limit.TryAdmit())
            {
                admitted.Add(_now);
            }
            else
            {
                refused++;
                Assert.Equal(RequestRateLimit.MaxRequests, admitted.Count(t => _now - t < RequestRateLimit.Window));
            }
        }

        Assert.All(admitted, start =>
            Assert.InRange(admitted.Count(t => t >= start && t - start < RequestRateLimit.Window), 1, RequestRateLimit.MaxRequests));
        Assert.True(refused > 1000 && admitted.Count > 1000, $"{admitted.Count} admitted, {refused} refused: the sequence must test both");
    }
}

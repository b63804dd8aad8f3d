using System;
using System.Collections.Generic;

namespace AltIdShell.Desktop.Pipe;

/// <summary>
/// How often the tray's pipe takes a request: at most <see cref="MaxRequests"/> in any <see cref="Window"/>. Each
/// request can open a dialog, so a process flooding the pipe must not bury the desktop in them; a person starting
/// exports from Explorer sends one request per selection and never comes near the limit.
/// </summary>
/// <remarks>
/// A sliding log of admitted requests rather than a token bucket: a bucket lets a full burst and then its refill
/// through within one window, the log holds the limit for every window. Refused requests are not logged, so a flood
/// delays a real request by at most one window. Not thread-safe: the pipe server serves one client at a time.
/// </remarks>
public sealed class RequestRateLimit
{
    public const int MaxRequests = 10;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly Func<TimeSpan> _clock;
    private readonly Queue<TimeSpan> _admitted = new();

    /// <param name="clock">
    /// Time since any fixed start, from a monotonic source (a Stopwatch): the wall clock can be set back, which would
    /// hold requests off for as long as it went back.
    /// </param>
    public RequestRateLimit(Func<TimeSpan> clock) => _clock = clock;

    /// <summary>True, and the request counted, when fewer than <see cref="MaxRequests"/> were admitted in the last <see cref="Window"/>.</summary>
    public bool TryAdmit()
    {
        var now = _clock();
        while (_admitted.Count > 0 && now - _admitted.Peek() >= Window)
            _admitted.Dequeue();
        if (_admitted.Count >= MaxRequests)
            return false;
        _admitted.Enqueue(now);
        return true;
    }
}

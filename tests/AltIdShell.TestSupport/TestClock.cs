namespace AltIdShell.TestSupport;

/// <summary>
/// The instants tests judge certificates at. In process, one fixed instant, so that no outcome depends on the day the
/// tests run. A separate process (the CLI, the tray) judges at the machine's clock, so certificates made for it are
/// made around that same clock: valid or expired by the same margin on any day, also under the shifted-clock stage.
/// </summary>
public static class TestClock
{
    /// <summary>The fixed "now" of every in-process test.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The clock a child process will judge by: the only place a test reads the machine's clock.</summary>
    public static DateTimeOffset ChildProcessNow => DateTimeOffset.UtcNow;
}

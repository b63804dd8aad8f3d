using AltIdShell.Desktop.Lifecycle;

namespace AltIdShell.Desktop.Tests.Lifecycle;

public class ShutdownMessagesTests
{
    private const int EndSessionCloseApp = 1;

    [Fact]
    public void Restart_Managers_question_is_answered_yes_without_closing_yet() =>
        Assert.Equal(ShutdownReply.AgreeAndWait, ShutdownMessages.For(ShutdownMessages.WmQueryEndSession, IntPtr.Zero));

    [Fact]
    public void The_session_ending_closes_the_tray() =>
        Assert.Equal(ShutdownReply.Exit, ShutdownMessages.For(ShutdownMessages.WmEndSession, new IntPtr(1)));

    [Fact]
    public void A_cancelled_end_of_session_keeps_the_tray() =>
        Assert.Equal(ShutdownReply.NotOurs, ShutdownMessages.For(ShutdownMessages.WmEndSession, IntPtr.Zero));

    [Fact]
    public void WM_CLOSE_closes_the_tray() =>
        Assert.Equal(ShutdownReply.Exit, ShutdownMessages.For(ShutdownMessages.WmClose, IntPtr.Zero));

    [Theory]
    [InlineData(0x0001)] // WM_CREATE
    [InlineData(0x0002)] // WM_DESTROY
    [InlineData(EndSessionCloseApp + 0x0400)] // WM_USER + 1
    public void Other_messages_are_not_ours(int message) =>
        Assert.Equal(ShutdownReply.NotOurs, ShutdownMessages.For(message, new IntPtr(1)));
}

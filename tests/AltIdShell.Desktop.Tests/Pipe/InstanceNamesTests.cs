using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Desktop.Tests.Pipe;

public class InstanceNamesTests
{
    private const string Sid = "S-1-5-21-1004336348-1177238915-682003330-1001";

    [Fact]
    public void The_mutex_is_per_session_and_per_user() =>
        Assert.Equal(@"Local\AltIdShell.Tray." + Sid, InstanceNames.Mutex(Sid));

    [Fact]
    public void The_pipe_name_carries_user_and_session()
    {
        Assert.Equal("AltIdShell.Tray." + Sid + ".2", InstanceNames.Pipe(Sid, 2));
        Assert.NotEqual(InstanceNames.Pipe(Sid, 1), InstanceNames.Pipe(Sid, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData(@"S-1-5\..\x")]
    [InlineData("S-1 5")]
    public void Refuses_what_is_not_a_SID(string sid) =>
        Assert.Throws<ArgumentException>(() => InstanceNames.Pipe(sid, 1));
}

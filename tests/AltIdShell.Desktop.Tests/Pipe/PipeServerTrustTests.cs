using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Desktop.Tests.Pipe;

public class PipeServerTrustTests
{
    private const string User = "S-1-5-21-1004336348-1177238915-682003330-1001";
    private const string OtherUser = "S-1-5-21-1004336348-1177238915-682003330-1002";
    private const int Low = 0x1000, Medium = 0x2000, High = 0x3000;

    private static readonly ProcessTokenFacts Client = new(User, Medium, IsAppContainer: false);

    [Theory]
    [InlineData(User, Medium, false, true)] // the user's own tray
    [InlineData(User, High, false, true)] // above the client (an elevated tray, whose token a medium client cannot open in practice)
    [InlineData(User, Low, false, false)] // a same-user low-integrity squatter (security F12)
    [InlineData(User, Medium, true, false)] // an AppContainer
    [InlineData(OtherUser, Medium, false, false)]
    [InlineData(null, Medium, false, false)]
    [InlineData("", Medium, false, false)]
    public void Only_a_same_user_server_at_the_clients_integrity_or_above_outside_an_app_container_is_the_tray(
        string? serverSid, int serverLevel, bool appContainer, bool accepted) =>
        Assert.Equal(accepted, PipeServerTrust.Accepts(new ProcessTokenFacts(serverSid, serverLevel, appContainer), Client));

    [Fact]
    public void A_high_integrity_client_refuses_a_medium_server_of_the_same_user() =>
        Assert.False(PipeServerTrust.Accepts(new ProcessTokenFacts(User, Medium, false), new ProcessTokenFacts(User, High, false)));

    [Fact]
    public void The_sid_comparison_ignores_case_as_windows_does() =>
        Assert.True(PipeServerTrust.Accepts(new ProcessTokenFacts(User.ToLowerInvariant(), Medium, false), Client));
}

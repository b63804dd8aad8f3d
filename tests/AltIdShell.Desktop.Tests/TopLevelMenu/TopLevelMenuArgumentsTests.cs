using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.TopLevelMenu;

namespace AltIdShell.Desktop.Tests.TopLevelMenu;

public class TopLevelMenuArgumentsTests
{
    [Theory]
    [InlineData("-Embedding")]
    [InlineData("/Embedding")]
    [InlineData("-embedding")]
    public void COM_starts_the_server_with_Embedding(string argument) =>
        Assert.True(TopLevelMenuArguments.IsComServerStart(new[] { argument }));

    [Theory]
    [InlineData("-Embedding", "-Embedding")]
    [InlineData("/Embedding", "-Embedding")]
    [InlineData("-Embedding", "/embedding", "-EMBEDDING")]
    public void Embedding_anywhere_and_repeated_is_still_a_COM_start(params string[] args) =>
        Assert.True(TopLevelMenuArguments.IsComServerStart(args));

    [Fact]
    public void Other_starts_are_not_COM_starts()
    {
        Assert.False(TopLevelMenuArguments.IsComServerStart(Array.Empty<string>()));
        Assert.False(TopLevelMenuArguments.IsComServerStart(new[] { LaunchParser.BackgroundOption }));
        Assert.False(TopLevelMenuArguments.IsComServerStart(new[] { "-Embedding", @"C:\a.p12" }));
        Assert.False(TopLevelMenuArguments.IsComServerStart(new[] { @"C:\a.p12", "-Embedding" }));
        Assert.False(TopLevelMenuArguments.IsComServerStart(new[] { "Embedding" }));
        Assert.False(TopLevelMenuArguments.IsComServerStart(new[] { "--Embedding" }));
    }

    [Fact]
    public void The_uninstaller_asks_for_removal_for_its_user_or_as_SYSTEM_for_all()
    {
        Assert.True(TopLevelMenuArguments.IsRemovePackage(new[] { "--remove-package" }));
        Assert.False(TopLevelMenuArguments.RemovesForAllUsers(new[] { "--remove-package" }));
        Assert.True(TopLevelMenuArguments.RemovesForAllUsers(new[] { "--remove-package", "--all-users" }));
        Assert.False(TopLevelMenuArguments.IsRemovePackage(new[] { "--remove-package", @"C:\a.p12" }));
        Assert.False(TopLevelMenuArguments.IsRemovePackage(new[] { "--all-users" }));
    }

    [Fact]
    public void A_COM_start_ends_only_when_no_click_came_and_Explorer_stopped_calling()
    {
        var period = TopLevelMenuArguments.IdlePeriod;
        Assert.True(TopLevelMenuArguments.ComStartEndsWhenIdle(requestsServed: 0, period));
        Assert.False(TopLevelMenuArguments.ComStartEndsWhenIdle(requestsServed: 0, period - TimeSpan.FromSeconds(1)));
        Assert.False(TopLevelMenuArguments.ComStartEndsWhenIdle(requestsServed: 1, period + period));
    }
}

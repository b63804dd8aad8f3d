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

    [Fact]
    public void Other_starts_are_not_COM_starts()
    {
        Assert.False(TopLevelMenuArguments.IsComServerStart(Array.Empty<string>()));
        Assert.False(TopLevelMenuArguments.IsComServerStart(new[] { LaunchParser.BackgroundOption }));
        Assert.False(TopLevelMenuArguments.IsComServerStart(new[] { "-Embedding", @"C:\a.p12" }));
    }

    [Fact]
    public void The_package_names_the_argument_COM_starts_with() =>
        Assert.True(TopLevelMenuArguments.IsComServerStart(new[] { AltIdShell.Desktop.Registration.SparsePackageIdentity.ComServerArguments }));

    [Fact]
    public void The_uninstaller_asks_for_removal() =>
        Assert.True(TopLevelMenuArguments.IsRemovePackage(new[] { "--remove-package" }));

    [Fact]
    public void A_COM_start_that_served_a_click_stays_and_one_that_did_not_ends()
    {
        Assert.True(TopLevelMenuArguments.ComStartEndsWhenIdle(requestsServed: 0));
        Assert.False(TopLevelMenuArguments.ComStartEndsWhenIdle(requestsServed: 1));
    }
}

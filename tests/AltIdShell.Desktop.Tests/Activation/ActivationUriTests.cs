using AltIdShell.Desktop.Activation;

namespace AltIdShell.Desktop.Tests.Activation;

public class ActivationUriTests
{
    [Theory]
    [InlineData(ActivationAction.OpenFolder, @"C:\Users\Åse\Mine filer\Test & Co #1.cer")]
    [InlineData(ActivationAction.CopyPath, @"\\srv\share\a?b=c%20d.cer")]
    public void Round_trips_any_path(ActivationAction action, string path)
    {
        var uri = ActivationUri.Build(action, path);
        Assert.True(ActivationUri.TryParse(uri, out var command));
        Assert.Equal(action, command!.Action);
        Assert.Equal(path, command.Path);
    }

    [Fact]
    public void Escapes_the_path_into_one_query_value()
    {
        var uri = ActivationUri.Build(ActivationAction.CopyPath, @"C:\a b&c.cer");
        Assert.Equal("altidshell:copy-path?path=C%3A%5Ca%20b%26c.cer", uri);
    }

    [Theory]
    [InlineData("ALTIDSHELL:Open-Folder?path=C%3A%5Ca.cer")]
    [InlineData("altidshell://open-folder/?path=C%3A%5Ca.cer")]
    public void Accepts_the_forms_Windows_may_hand_over(string uri) =>
        Assert.True(ActivationUri.TryParse(uri, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.org/?path=C%3A%5Ca.cer")]
    [InlineData("altidshell:open-folder")]
    [InlineData("altidshell:run?path=C%3A%5Ca.cer")]
    [InlineData("altidshell:open-folder?path=C%3A%5Cevil.exe")]
    [InlineData("altidshell:open-folder?path=")]
    [InlineData("altidshell:open-folder?file=C%3A%5Ca.cer")]
    [InlineData("altidshell:open-folder?path=C%3A%5Ca.cer&run=1")]
    [InlineData("altidshell:open-folder?path=C%3A%5Ca%0A.cer")]
    public void Refuses_everything_else(string? uri)
    {
        Assert.False(ActivationUri.TryParse(uri, out var command));
        Assert.Null(command);
    }

    [Fact]
    public void Refuses_an_overlong_uri() =>
        Assert.False(ActivationUri.TryParse("altidshell:open-folder?path=" + new string('a', ActivationUri.MaxLength) + ".cer", out _));
}

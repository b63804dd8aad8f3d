using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// --password-stdin reads one line. Input that ends before any line holds no password at all and is said so (exit 1,
/// as with no source of a password); it was once tried as an empty password and called wrong. An empty line is a
/// password, if an empty one.
/// </summary>
public sealed class PasswordStdinTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-stdin-");

    public void Dispose() => _work.Dispose();

    private string P12() => _work.Write("Testfirma.p12", Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw"));

    [Theory]
    [InlineData("export", "en_GB.UTF-8", "No password: standard input ended before a single line. Send the password as the first line on standard input.")]
    [InlineData("inspect", "en_GB.UTF-8", "No password: standard input ended before a single line. Send the password as the first line on standard input.")]
    [InlineData("export", "da_DK.UTF-8", "Ingen adgangskode: standardinput sluttede, før der kom en linje. Send adgangskoden som første linje på standardinput.")]
    [InlineData("inspect", "da_DK.UTF-8", "Ingen adgangskode: standardinput sluttede, før der kom en linje. Send adgangskoden som første linje på standardinput.")]
    public void Input_that_ends_without_a_line_is_no_password_not_a_wrong_one(string command, string language, string expected)
    {
        var result = CliRunner.Run(new[] { command, "--password-stdin", P12() }, stdin: "", language: language);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Stderr);
        Assert.Empty(result.Stdout);
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }

    [Theory]
    [InlineData("export")]
    [InlineData("inspect")]
    public void An_empty_line_is_an_empty_password_and_wrong(string command)
    {
        var result = CliRunner.Run(new[] { command, "--password-stdin", P12() }, stdin: "\n");

        Assert.Equal(ExitCodes.WrongPassword, result.ExitCode);
        Assert.Contains("The password is wrong", result.Stderr);
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }
}

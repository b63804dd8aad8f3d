using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// What a certificate or a file name says reaches the terminal as text, never as a command to the terminal: an O that
/// erased its own line and showed a fake organisation, a CN that hid the verdict, a right-to-left override.
/// </summary>
public sealed class TerminalEscapeTests : IDisposable
{
    private const string Password = "pw";
    private readonly WorkFolder _work = new("altid-escape-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Control_and_bidi_characters_from_the_certificate_and_the_path_are_shown_as_codes()
    {
        var chain = CertificateFactory.Oces3System(TestClock.Now,
            organisation: "Evil ApS\u001B[2K\r  Organisation: Kombit A/S", name: "Skjult\u001B[8m");
        var p12 = _work.PathOf("\u202Eredro.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(chain, Password));

        foreach (var command in new[] { "export", "inspect" })
        {
            var result = CliRunner.Run(new[] { command, "--password-stdin", p12 }, Password + "\n");

            Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
            Assert.DoesNotContain('\u001B', result.All);
            Assert.DoesNotContain('\r', result.All);
            Assert.DoesNotContain('\u202E', result.All);
            Assert.Contains("Evil ApS\\x1B[2K\\x0D  Organisation: Kombit A/S", result.Stdout);
            Assert.Contains("Skjult\\x1B[8m", result.Stdout);
            Assert.Contains("\\u202Eredro", result.Stdout);
        }
    }

    [Fact]
    public void JSON_keeps_escaping_them_by_itself()
    {
        var chain = CertificateFactory.Oces3System(TestClock.Now, organisation: "Evil ApS\u001B[2K\u202E");
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(chain, Password));

        var result = CliRunner.Run(new[] { "inspect", "--json", "--password-stdin", p12 }, Password + "\n");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.DoesNotContain('\u001B', result.All);
        Assert.DoesNotContain('\u202E', result.All);
        Assert.Contains("Evil ApS\\u001B[2K\\u202E", result.Stdout);
    }
}

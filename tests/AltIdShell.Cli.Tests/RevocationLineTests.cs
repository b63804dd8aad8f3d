using AltIdShell.Cli.Output;

namespace AltIdShell.Cli.Tests;

/// <summary>While the OCSP responder is asked, a person at a terminal sees why the command waits; a script sees nothing.</summary>
public sealed class RevocationLineTests
{
    [Fact]
    public void The_line_is_shown_while_asking_and_cleared_after()
    {
        var error = new StringWriter();
        var line = new RevocationLine(error);

        line.Asking(true);
        Assert.Equal("Checking revocation with the OCES CA…", error.ToString());
        line.Asking(false);

        Assert.EndsWith("\r" + new string(' ', "Checking revocation with the OCES CA…".Length) + "\r", error.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Only_a_terminal_gets_the_line(bool errorIsTerminal)
    {
        var console = CliRunner.Console(TextReader.Null, TextWriter.Null, () => Stream.Null, TextWriter.Null, new Dictionary<string, string>(),
            errorIsTerminal: errorIsTerminal);

        Assert.Equal(errorIsTerminal, RevocationLine.For(console) != null);
    }
}

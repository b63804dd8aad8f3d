using AltIdShell.Cli.Output;

namespace AltIdShell.Cli.Tests;

/// <summary>The progress line of a long key derivation: only after about a second, rewritten in place, then cleared.</summary>
public sealed class ProgressLineTests
{
    private TimeSpan _elapsed;

    private ProgressLine Line(StringWriter error, string name = "Firma.p12") => new(error, name, () => _elapsed);

    [Fact]
    public void A_file_that_opens_within_a_second_shows_nothing()
    {
        var error = new StringWriter();
        var line = Line(error);

        _elapsed = TimeSpan.FromMilliseconds(900);
        line.Report(0.5);
        line.Report(1);
        line.Clear();

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void After_a_second_the_share_done_is_shown_on_one_line_and_cleared_at_the_end()
    {
        var error = new StringWriter();
        var line = Line(error);

        _elapsed = ProgressLine.ShowAfter;
        line.Report(0.4);
        line.Report(0.404);
        line.Report(0.75);
        var shown = error.ToString();
        line.Report(1);

        Assert.Equal("\rOpening Firma.p12 … 40 %\rOpening Firma.p12 … 75 %", shown);
        Assert.EndsWith("\r" + new string(' ', "Opening Firma.p12 … 75 %".Length) + "\r", error.ToString());
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void The_file_name_is_escaped()
    {
        var error = new StringWriter();
        _elapsed = TimeSpan.FromSeconds(2);

        Line(error, "Firma\u202Egnp.p12").Report(0.1);

        Assert.DoesNotContain('\u202E', error.ToString());
    }
}

using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

public sealed class TextCatalogueTests
{
    [Fact]
    public void The_command_line_has_texts_to_check() => Assert.True(TextCatalogue.Of(typeof(CliText).Assembly).Count > 20);

    [Fact]
    public void Every_command_line_text_is_in_both_languages_with_the_same_placeholders_and_access_keys() =>
        Assert.Empty(TextCatalogue.Problems(typeof(CliText).Assembly));
}

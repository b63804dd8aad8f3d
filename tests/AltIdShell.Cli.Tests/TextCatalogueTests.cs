using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

public sealed class TextCatalogueTests
{
    [Fact]
    public void The_command_line_has_texts_to_check() => Assert.True(TextCatalogue.Of(typeof(CliText).Assembly).Count > 20);

    [Fact]
    public void Every_command_line_text_is_a_catalogue_property_in_both_languages_with_the_same_placeholders_and_unique_access_keys() =>
        TextCatalogue.AssertWhole(typeof(CliText).Assembly);
}

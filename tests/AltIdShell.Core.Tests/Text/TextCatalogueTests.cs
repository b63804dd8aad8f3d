using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Text;

public sealed class TextCatalogueTests
{
    [Fact]
    public void The_engine_has_texts_to_check() =>
        Assert.True(TextCatalogue.Of(typeof(AltIdShell.Core.Text.LocalizedText).Assembly).Count > 20);

    [Fact]
    public void Every_engine_text_is_in_both_languages_with_the_same_placeholders_and_access_keys() =>
        Assert.Empty(TextCatalogue.Problems(typeof(AltIdShell.Core.Text.LocalizedText).Assembly));
}

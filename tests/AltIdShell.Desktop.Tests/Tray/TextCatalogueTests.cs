using AltIdShell.Desktop.Tray;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Tray;

public sealed class TextCatalogueTests
{
    [Fact]
    public void The_desktop_rules_have_texts_to_check() => Assert.True(TextCatalogue.Of(typeof(TrayText).Assembly).Count > 20);

    [Fact]
    public void Every_desktop_text_is_a_catalogue_property_in_both_languages_with_the_same_placeholders_and_unique_access_keys() =>
        TextCatalogue.AssertWhole(typeof(TrayText).Assembly);
}

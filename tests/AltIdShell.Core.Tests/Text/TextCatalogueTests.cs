using AltIdShell.Core.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Text;

public sealed class TextCatalogueTests
{
    [Fact]
    public void The_engine_has_texts_to_check() =>
        Assert.True(TextCatalogue.Of(typeof(LocalizedText).Assembly).Count > 20);

    [Fact]
    public void Every_engine_text_is_a_catalogue_property_in_both_languages_with_the_same_placeholders_and_unique_access_keys() =>
        TextCatalogue.AssertWhole(typeof(LocalizedText).Assembly);

    [Fact]
    public void Texts_of_one_class_with_different_access_keys_pass() => Assert.Empty(TextCatalogue.Problems(typeof(TidyMenu)));

    [Fact]
    public void Two_texts_of_one_class_on_one_access_key_fail_in_the_language_where_they_clash()
    {
        Assert.Equal(new[] { "TextCatalogueTests.DanishClash: Export and Exit share the access key E in Danish" },
            TextCatalogue.Problems(typeof(DanishClash)));
        Assert.Equal(new[] { "TextCatalogueTests.EnglishClash: Copy and Close share the access key C in English" },
            TextCatalogue.Problems(typeof(EnglishClash)));
    }

    [Fact]
    public void The_same_access_key_in_two_classes_is_no_clash() =>
        Assert.Empty(TextCatalogue.Problems(typeof(TidyMenu), typeof(OtherWindow)));

    [Fact]
    public void A_text_outside_a_static_get_only_property_fails()
    {
        Assert.Equal(new[] { "TextCatalogueTests.FieldCatalogue.Text: not a static get-only property" }, TextCatalogue.Problems(typeof(FieldCatalogue)));
        var inline = Assert.Single(TextCatalogue.Problems(typeof(InlineText)));
        Assert.Contains("InlineText.Reason: builds a text inline", inline);
    }

    [Fact]
    public void Placeholders_or_access_keys_that_differ_between_the_languages_fail() =>
        Assert.Equal(new[]
        {
            "TextCatalogueTests.Unlike.Placeholder: the placeholders differ",
            "TextCatalogueTests.Unlike.Key: the access keys differ or there are several",
        }, TextCatalogue.Problems(typeof(Unlike)));

    private static class TidyMenu
    {
        public static LocalizedText Export { get; } = new("&Eksportér…", "&Export…");
        public static LocalizedText Exit { get; } = new("&Afslut", "E&xit");
        public static LocalizedText Cancel { get; } = new("Annullér", "Cancel");
    }

    private static class OtherWindow
    {
        public static LocalizedText Export { get; } = new("&Eksportér", "&Export");
    }

    // Access keys are case-insensitive: Alt+E presses "&exit" as well as "&Eksportér".
    private static class DanishClash
    {
        public static LocalizedText Export { get; } = new("&Eksportér…", "&Export…");
        public static LocalizedText Exit { get; } = new("&exit", "E&xit");
    }

    private static class EnglishClash
    {
        public static LocalizedText Copy { get; } = new("&Kopiér tekst", "&Copy text");
        public static LocalizedText Close { get; } = new("&Luk", "&Close");
    }

    private static class FieldCatalogue
    {
        public static readonly LocalizedText Text = new("Tekst", "Text");
    }

    private static class InlineText
    {
        public static LocalizedText Reason() => new("tom", "empty");
    }

    private static class Unlike
    {
        public static LocalizedText Placeholder { get; } = new("Filen {0}", "The file {1}");
        public static LocalizedText Key { get; } = new("&Luk", "Close");
    }
}

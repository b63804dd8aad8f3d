using System.Globalization;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.Tests;

public class MenuTextTests
{
    [Theory]
    [InlineData("da-DK")]
    [InlineData("da")]
    [InlineData("da-GL")]
    public void A_danish_display_language_gets_danish(string culture) =>
        Assert.Equal("Eksportér offentlig nøgle til AltID", MenuText.Label(CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    [InlineData("nb-NO")]
    [InlineData("")]
    public void Every_other_display_language_gets_english(string culture) =>
        Assert.Equal("Export public key for AltID", MenuText.Label(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Where_no_display_language_is_known_both_are_shown_danish_first() =>
        Assert.Equal("Eksportér offentlig nøgle til AltID / Export public key for AltID", MenuText.LabelInBothLanguages);

    [Fact]
    public void The_help_text_is_danish_on_a_danish_display_language()
    {
        Assert.StartsWith("Gemmer certifikatets offentlige nøgle", MenuText.HelpText(CultureInfo.GetCultureInfo("da-DK")));
        Assert.StartsWith("Saves the certificate's public key", MenuText.HelpText(CultureInfo.GetCultureInfo("en-US")));
    }

    [Theory]
    [InlineData("da-DK", "Kontrollér certifikat til AltID")]
    [InlineData("en-US", "Check certificate for AltID")]
    [InlineData("de-DE", "Check certificate for AltID")]
    public void The_check_item_follows_the_display_language(string culture, string label) =>
        Assert.Equal(label, MenuText.CheckLabel(CultureInfo.GetCultureInfo(culture)));
}

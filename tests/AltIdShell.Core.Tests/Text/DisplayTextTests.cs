using AltIdShell.Core.Text;

namespace AltIdShell.Core.Tests.Text;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("Evil ApS\u001B[2K\r  Organisation: Kombit A/S", "Evil ApS\\x1B[2K\\x0D  Organisation: Kombit A/S")]
    [InlineData("Testfirma\u001B[8m", "Testfirma\\x1B[8m")]
    [InlineData("\u202ES/A tibmoK", "\\u202ES/A tibmoK")]
    [InlineData("a\tb\nc\u007Fd\u0085e\u009Bf", "a\\x09b\\x0Ac\\x7Fd\\x85e\\x9Bf")]
    [InlineData("\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u061C", "\\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069\\u061C")]
    [InlineData("zero\u200Bwidth\u2028line", "zero\\u200Bwidth\\u2028line")]
    public void Shows_every_control_format_and_bidi_character_as_its_code(string text, string shown)
    {
        Assert.Equal(shown, DisplayText.Escape(text));
    }

    [Fact]
    public void Shows_a_lone_surrogate_as_its_code_and_keeps_a_pair()
    {
        // Built in code: a lone surrogate does not survive a theory's serialised data.
        Assert.Equal("lone \\uD800 half \\uDC00 😀", DisplayText.Escape("lone " + '\uD800' + " half " + '\uDC00' + " 😀"));
    }

    [Fact]
    public void Shows_format_characters_beyond_the_first_plane_and_the_Hangul_fillers_as_their_codes()
    {
        // Tag characters spell hidden text; the musical formatting marks and the fillers show as nothing.
        Assert.Equal("Kombit\\U000E0041\\U000E007F A/S", DisplayText.Escape("Kombit\U000E0041\U000E007F A/S"));
        Assert.Equal("a\\U0001D173\\U0001D17Ab", DisplayText.Escape("a\U0001D173\U0001D17Ab"));
        Assert.Equal("\\u115F\\u1160\\u3164\\uFFA0", DisplayText.Escape("\u115F\u1160\u3164\uFFA0"));
    }

    [Fact]
    public void Shows_the_variation_selectors_the_grapheme_joiner_and_the_braille_blank_as_their_codes()
    {
        // Each makes a name look like another, or like nothing.
        Assert.Equal("Kombit\\uFE0F\\u034F\\u2800\\u180B A/S", DisplayText.Escape("Kombit\uFE0F\u034F\u2800\u180B A/S"));
        Assert.Equal("Kombit\\U000E0100 A/S", DisplayText.Escape("Kombit\U000E0100 A/S"));
    }

    [Theory]
    [InlineData("Kødpålæg ApS // CVR:12345678")]
    [InlineData(@"C:\Users\Ærø\Testfirma.p12")]
    [InlineData("שלום عربي 中文 😀")]
    public void Leaves_ordinary_text_in_any_script_as_it_is(string text)
    {
        Assert.Same(text, DisplayText.Escape(text));
    }
}

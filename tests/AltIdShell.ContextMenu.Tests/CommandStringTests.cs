using System.Globalization;
using System.Text;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.Tests;

public class CommandStringTests
{
    private const uint GcsVerbA = 0, GcsHelpTextA = 1, GcsValidateA = 2, GcsVerbW = 4, GcsHelpTextW = 5, GcsValidateW = 6;
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(GcsVerbA)]
    [InlineData(GcsVerbW)]
    public void The_verb_is_the_same_stable_name_in_every_language(uint type)
    {
        Assert.Equal("AltIdShell.ExportPublicKey", CommandString.TextFor(type, MenuVerb.Export, Danish));
        Assert.Equal("AltIdShell.ExportPublicKey", CommandString.TextFor(type, MenuVerb.Export, English));
        Assert.Equal("AltIdShell.CheckCertificate", CommandString.TextFor(type, MenuVerb.Check, Danish));
        Assert.Equal("AltIdShell.CheckCertificate", CommandString.TextFor(type, MenuVerb.Check, English));
    }

    [Theory]
    [InlineData(GcsHelpTextA)]
    [InlineData(GcsHelpTextW)]
    public void The_help_text_follows_the_display_language(uint type)
    {
        Assert.Equal(MenuText.HelpText(Danish), CommandString.TextFor(type, MenuVerb.Export, Danish));
        Assert.Equal(MenuText.HelpText(English), CommandString.TextFor(type, MenuVerb.Export, English));
        Assert.NotEqual(MenuText.HelpText(Danish), MenuText.HelpText(English));
        Assert.Equal(MenuText.CheckHelpText(Danish), CommandString.TextFor(type, MenuVerb.Check, Danish));
        Assert.Equal(MenuText.CheckHelpText(English), CommandString.TextFor(type, MenuVerb.Check, English));
        Assert.NotEqual(MenuText.CheckHelpText(Danish), MenuText.CheckHelpText(English));
    }

    [Theory]
    [InlineData(GcsValidateA, true)]
    [InlineData(GcsValidateW, true)]
    [InlineData(GcsVerbW, false)]
    [InlineData(GcsHelpTextA, false)]
    public void Validate_requests_are_recognised(uint type, bool validate) =>
        Assert.Equal(validate, CommandString.IsValidate(type));

    [Theory]
    [InlineData(GcsVerbW, true)]
    [InlineData(GcsHelpTextW, true)]
    [InlineData(GcsVerbA, false)]
    [InlineData(GcsHelpTextA, false)]
    public void The_unicode_flag_picks_utf16(uint type, bool unicode) =>
        Assert.Equal(unicode, CommandString.IsUnicode(type));

    [Fact]
    public void Requests_we_do_not_answer_get_no_text() =>
        Assert.Null(CommandString.TextFor(3, MenuVerb.Export, English));

    [Fact]
    public void Unicode_text_is_utf16_with_a_terminator_when_it_fits_exactly()
    {
        var bytes = CommandString.Encode("Eksportér", unicode: true, Encoding.Latin1, bufferChars: 10);
        Assert.NotNull(bytes);
        Assert.Equal(Encoding.Unicode.GetBytes("Eksportér\0"), bytes);
    }

    [Fact]
    public void Ansi_text_uses_the_given_code_page_with_a_terminator()
    {
        var bytes = CommandString.Encode("nøgle", unicode: false, Encoding.Latin1, bufferChars: 6);
        Assert.Equal(new byte[] { (byte)'n', 0xF8, (byte)'g', (byte)'l', (byte)'e', 0 }, bytes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Text_that_does_not_fit_the_buffer_is_refused(bool unicode)
    {
        Assert.Null(CommandString.Encode("AltIdShell.ExportPublicKey", unicode, Encoding.Latin1, bufferChars: 26));
        Assert.Null(CommandString.Encode("x", unicode, Encoding.Latin1, bufferChars: 0));
    }
}

using System.Globalization;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Tests.Text;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Greeting = new("Hej {0}, {1:N1}", "Hello {0}, {1:N1}");

    [Theory]
    [InlineData("da-DK", true)]
    [InlineData("da", true)]
    [InlineData("en-US", false)]
    [InlineData("nb-NO", false)]
    [InlineData("de-DE", false)]
    public void Danish_for_a_Danish_display_language_English_for_every_other(string culture, bool danish)
    {
        Assert.Equal(danish ? Greeting.Danish : Greeting.English, Greeting.For(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Formatting_uses_each_languages_own_number_format()
    {
        var text = Greeting.Format("Åse", 1234.5);

        Assert.Equal("Hej Åse, 1.234,5", text.Danish);
        Assert.Equal("Hello Åse, 1,234.5", text.English);
    }

    [Fact]
    public void A_text_given_as_an_argument_is_filled_in_each_language_in_that_language()
    {
        var text = Greeting.Format(new LocalizedText("verden", "world"), 1);

        Assert.Equal("Hej verden, 1,0", text.Danish);
        Assert.Equal("Hello world, 1.0", text.English);
    }

    [Fact]
    public void ToString_follows_the_current_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
            Assert.Equal("Hej {0}, {1:N1}", Greeting.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("Hello {0}, {1:N1}", Greeting.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Formatting_asks_for_no_culture_by_name_so_it_works_without_ICU()
    {
        // DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 cannot be set inside a running process; Cli.Tests'
        // InvariantGlobalizationTests run the CLI with it. Here: the same text, whatever the current culture.
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var text = Greeting.Format("Åse", 1234.5);
            Assert.Equal("Hej Åse, 1.234,5", text.Danish);
            Assert.Equal("Hello Åse, 1,234.5", text.English);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}

using System.Globalization;
using System.Linq;
using AltIdShell.Shared;

namespace AltIdShell.Core.Text;

/// <summary>
/// A sentence a person reads, in both of the product's languages. The caller decides when to pick one,
/// so the same value can be logged in English and shown in Danish.
/// </summary>
public readonly struct LocalizedText
{
    private static readonly CultureInfo DanishFormat = FormatCulture("da-DK");
    private static readonly CultureInfo EnglishFormat = FormatCulture("en-GB");

    public LocalizedText(string danish, string english)
    {
        Danish = danish;
        English = english;
    }

    public string Danish { get; }
    public string English { get; }

    public string For(CultureInfo culture) => UiLanguage.IsDanish(culture) ? Danish : English;

    /// <summary>The text in the current UI language (Windows' display language on Windows).</summary>
    public override string ToString() => For(CultureInfo.CurrentUICulture);

    /// <summary>
    /// Fills the placeholders, in each language with that language's words: an argument that is itself a
    /// <see cref="LocalizedText"/> puts its Danish into the Danish sentence and its English into the English one.
    /// </summary>
    public LocalizedText Format(params object[] args) =>
        new(string.Format(DanishFormat, Danish, args.Select(a => a is LocalizedText t ? t.Danish : a).ToArray()),
            string.Format(EnglishFormat, English, args.Select(a => a is LocalizedText t ? t.English : a).ToArray()));

    // .NET's invariant-globalization mode (containers, hosts without ICU) has no cultures to give; every placeholder
    // is a string, a whole number or a date with its format spelled out, so the invariant one loses nothing there.
    private static CultureInfo FormatCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}

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
    /// Fills the placeholders, in each language with that language's words and number format: an argument that is
    /// itself a <see cref="LocalizedText"/> puts its Danish into the Danish sentence and its English into the English one.
    /// </summary>
    public LocalizedText Format(params object[] args) =>
        new(string.Format(DanishFormat, Danish, args.Select(a => a is LocalizedText t ? t.Danish : a).ToArray()),
            string.Format(EnglishFormat, English, args.Select(a => a is LocalizedText t ? t.English : a).ToArray()));

    // The invariant culture with each language's separators, not da-DK and en-GB themselves: without ICU
    // (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, containers) asking for those throws, and a copy of the invariant culture
    // exists everywhere. Dates are formatted with explicit patterns (yyyy-MM-dd), which read the same in both.
    private static readonly CultureInfo DanishFormat = WithSeparators(decimalSeparator: ",", groupSeparator: ".");
    private static readonly CultureInfo EnglishFormat = WithSeparators(decimalSeparator: ".", groupSeparator: ",");

    private static CultureInfo WithSeparators(string decimalSeparator, string groupSeparator)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = decimalSeparator;
        culture.NumberFormat.NumberGroupSeparator = groupSeparator;
        return CultureInfo.ReadOnly(culture);
    }
}

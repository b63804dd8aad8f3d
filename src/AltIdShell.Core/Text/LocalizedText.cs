using System.Globalization;
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

    public LocalizedText Format(params object[] args) =>
        new(string.Format(CultureInfo.GetCultureInfo("da-DK"), Danish, args),
            string.Format(CultureInfo.GetCultureInfo("en-GB"), English, args));
}

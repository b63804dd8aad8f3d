using System.Globalization;

namespace AltIdShell.Shared;

/// <summary>Danish for a Danish display language, English for every other.</summary>
internal static class UiLanguage
{
    // By the name ("da", "da-DK"), not TwoLetterISOLanguageName: without ICU a culture named da-DK has the invariant
    // culture's data, whose language is "iv".
    public static bool IsDanish(CultureInfo culture) =>
        string.Equals(culture.Name.Split('-')[0], "da", System.StringComparison.OrdinalIgnoreCase);

    public static bool IsDanishNow => IsDanish(CultureInfo.CurrentUICulture);
}

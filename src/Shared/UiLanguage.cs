using System.Globalization;

namespace AltIdShell.Shared;

/// <summary>Danish for a Danish display language, English for every other.</summary>
internal static class UiLanguage
{
    public static bool IsDanish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "da", System.StringComparison.OrdinalIgnoreCase);

    public static bool IsDanishNow => IsDanish(CultureInfo.CurrentUICulture);
}

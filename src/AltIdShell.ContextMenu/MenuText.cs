using System;
using System.Globalization;

namespace AltIdShell.ContextMenu;

/// <summary>
/// The menu's words, Danish on a Danish Windows display language and English otherwise. Kept here rather than
/// taken from Core's LocalizedText because Explorer must not load Core.
/// </summary>
internal static class MenuText
{
    public static string Label(CultureInfo culture) =>
        IsDanish(culture) ? "Eksportér offentlig nøgle til AltID" : "Export public key for AltID";

    public static string HelpText(CultureInfo culture) =>
        IsDanish(culture)
            ? "Gemmer certifikatets offentlige nøgle som .cer ved siden af filen, klar til AltID."
            : "Saves the certificate's public key as a .cer beside the file, ready for AltID.";

    private static bool IsDanish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "da", StringComparison.OrdinalIgnoreCase);
}

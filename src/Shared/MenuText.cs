using System.Globalization;

namespace AltIdShell.Shared;

/// <summary>
/// The menu item's words, Danish on a Danish Windows display language and English otherwise: one definition for the
/// classic handler in Explorer and the Windows 11 verb served by the tray. Source rather than a Desktop type because
/// Explorer must not load Desktop or Core.
/// </summary>
internal static class MenuText
{
    public static string Label(CultureInfo culture) =>
        UiLanguage.IsDanish(culture) ? "Eksportér offentlig nøgle til AltID" : "Export public key for AltID";

    /// <summary>Where no display language is known yet (the installer's and the package's descriptions).</summary>
    public static string LabelInBothLanguages =>
        Label(CultureInfo.GetCultureInfo("da-DK")) + " / " + Label(CultureInfo.InvariantCulture);

    public static string HelpText(CultureInfo culture) =>
        UiLanguage.IsDanish(culture)
            ? "Gemmer certifikatets offentlige nøgle som .cer ved siden af filen, klar til AltID."
            : "Saves the certificate's public key as a .cer beside the file, ready for AltID.";

    public static string CheckLabel(CultureInfo culture) =>
        UiLanguage.IsDanish(culture) ? "Kontrollér certifikat til AltID" : "Check certificate for AltID";

    public static string CheckHelpText(CultureInfo culture) =>
        UiLanguage.IsDanish(culture)
            ? "Viser certifikatets fingeraftryk, og om det passer til AltIDs modtagerregister. Intet gemmes."
            : "Shows whether the certificate suits the AltID recipient register, and its fingerprints. Nothing is saved.";
}

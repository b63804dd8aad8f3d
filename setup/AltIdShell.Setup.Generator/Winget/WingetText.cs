using AltIdShell.Core.Text;

namespace AltIdShell.Setup.Generator.Winget;

/// <summary>What winget shows about AltIdShell (`winget show`), in its Danish and English locale manifests.</summary>
public static class WingetText
{
    public static LocalizedText ShortDescription { get; } = new(
        "Gemmer den offentlige nøgle fra et OCES-certifikat (.p12) som .cer til AltIDs modtagerregister.",
        "Saves the public key of an OCES certificate (.p12) as a .cer for the AltID recipient register.");

    public static LocalizedText Description { get; } = new(
        "Højreklik på en .p12- eller .pfx-fil i Stifinder, skriv adgangskoden, og AltIdShell gemmer certifikatets offentlige del som .cer ved siden af og siger, om AltID kan bruge det. Den private nøgle eksporteres aldrig. Også fra ikonet i meddelelsesområdet og fra kommandolinjen (altid-export).",
        "Right-click a .p12 or .pfx file in File Explorer, type its password, and AltIdShell saves the certificate's public part as a .cer beside it and says whether AltID can use it. The private key is never exported. Also from the notification-area icon and the command line (altid-export).");
}

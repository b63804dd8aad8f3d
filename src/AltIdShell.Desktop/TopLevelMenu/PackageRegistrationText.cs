using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// The one sentence a person reads when Windows 11's top-level menu could not get the item: why, in words they can
/// act on or pass to their IT department, and where the item still is. Shown once per version, in a message box.
/// </summary>
public static class PackageRegistrationText
{
    public static LocalizedText NotTrusted { get; } = new(
        "Menupunktet kunne ikke tilføjes til Windows 11's øverste højrekliksmenu, fordi Windows ikke stoler på det certifikat, pakken er underskrevet med; du finder \"Eksportér offentlig nøgle til AltID\" under \"Vis flere indstillinger\".",
        "The item could not be added to Windows 11's top-level right-click menu because Windows does not trust the certificate the package is signed with; you will find \"Export public key for AltID\" under \"Show more options\".");

    public static LocalizedText BlockedByPolicy { get; } = new(
        "Menupunktet kunne ikke tilføjes til Windows 11's øverste højrekliksmenu, fordi en politik på denne computer forhindrer det; du finder \"Eksportér offentlig nøgle til AltID\" under \"Vis flere indstillinger\".",
        "The item could not be added to Windows 11's top-level right-click menu because a policy on this computer blocks it; you will find \"Export public key for AltID\" under \"Show more options\".");

    public static LocalizedText NotSupported { get; } = new(
        "Menupunktet kunne ikke tilføjes til Windows' øverste højrekliksmenu, fordi det kræver Windows 11; du finder \"Eksportér offentlig nøgle til AltID\" under \"Vis flere indstillinger\".",
        "The item could not be added to Windows' top-level right-click menu because that needs Windows 11; you will find \"Export public key for AltID\" under \"Show more options\".");

    public static LocalizedText Other { get; } = new(
        "Menupunktet kunne ikke tilføjes til Windows 11's øverste højrekliksmenu (Windows svarede {0}); du finder \"Eksportér offentlig nøgle til AltID\" under \"Vis flere indstillinger\".",
        "The item could not be added to Windows 11's top-level right-click menu (Windows answered {0}); you will find \"Export public key for AltID\" under \"Show more options\".");
}

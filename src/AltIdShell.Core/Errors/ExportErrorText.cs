using AltIdShell.Core.Text;

namespace AltIdShell.Core.Errors;

/// <summary>What each <see cref="ExportException"/> says, in Danish and English; <see cref="ExportErrors"/> fills them in.</summary>
internal static class ExportErrorText
{
    public static LocalizedText WrongPassword { get; } = new(
        "Adgangskoden er forkert. Brug den adgangskode, MitID Erhverv viste, da certifikatet blev hentet.",
        "The password is wrong. Use the password MitID Erhverv showed when the certificate was downloaded.");

    /// <summary>{0}: why, from <see cref="FileReasonText"/>.</summary>
    public static LocalizedText NotPkcs12 { get; } = new(
        "Filen er ikke en .p12/.pfx-certifikatfil (PKCS#12): {0}",
        "The file is not a .p12/.pfx certificate file (PKCS#12): {0}");

    /// <summary>{0}: why, from <see cref="FileReasonText"/>.</summary>
    public static LocalizedText NotACertificate { get; } = new(
        "Filen er ikke et certifikat (.cer): {0}",
        "The file is not a certificate (.cer): {0}");

    /// <summary>{0}: where, an <see cref="ErrorDetail"/> or the name of an ASN.1 structure.</summary>
    public static LocalizedText Corrupt { get; } = new(
        "Filen er beskadiget eller afkortet ({0}). Hent certifikatet igen fra MitID Erhverv.",
        "The file is damaged or truncated ({0}). Download the certificate again from MitID Erhverv.");

    public static LocalizedText Pbmac1WithoutKeyLength { get; } = new(
        "Filens adgangskodekontrol (PBMAC1) angiver ikke nøglelængden, som RFC 9579 kræver. Filen åbnes ikke, for uden den kan en forfalsket fil slippe igennem kontrollen.",
        "The file's password check (PBMAC1) does not state its key length, as RFC 9579 requires. The file is not opened: without it, a forged file could pass the check.");

    public static LocalizedText Pbmac1KeyTooShort { get; } = new(
        "Filens adgangskodekontrol (PBMAC1) bruger en nøgle på {0} byte, men skal bruge mindst {1}. Filen åbnes ikke, for med så kort en nøgle kan en forfalsket fil slippe igennem kontrollen.",
        "The file's password check (PBMAC1) uses a key of {0} bytes where at least {1} are needed. The file is not opened: with so short a key, a forged file could pass the check.");

    public static LocalizedText UnsupportedAlgorithm { get; } = new(
        "Filen bruger en krypteringsmetode, som AltIdShell ikke understøtter: {0}.",
        "The file uses an encryption method AltIdShell does not support: {0}.");

    /// <summary>{0}: what, an <see cref="ErrorDetail"/>; {1}: its value; {2}: the limit.</summary>
    public static LocalizedText LimitExceeded { get; } = new(
        "Filen overskrider en sikkerhedsgrænse og åbnes ikke: {0} er {1:N0}, men højst {2:N0} er tilladt.",
        "The file exceeds a safety limit and is not opened: {0} is {1:N0}, but at most {2:N0} is allowed.");

    public static LocalizedText NoCertificate { get; } = new(
        "Filen indeholder intet certifikat.",
        "The file contains no certificate.");

    public static LocalizedText OnlyCaCertificates { get; } = new(
        "Filen indeholder kun CA-certifikater (udstedere), ikke organisationens eget certifikat.",
        "The file contains only CA (issuer) certificates, not the organisation's own certificate.");

    public static LocalizedText SeveralCertificates { get; } = new(
        "Filen indeholder {0} forskellige certifikater. Vælg det, der skal eksporteres.",
        "The file contains {0} different certificates. Choose the one to export.");

    // The fingerprint given is not repeated: a password typed where it goes would be printed.
    public static LocalizedText SelectedCertificateMissing { get; } = new(
        "Filen indeholder intet certifikat med det angivne SHA-256-fingeraftryk. Vælg et af dem, den indeholder.",
        "The file holds no certificate with the SHA-256 fingerprint given. Choose one of those it holds.");

    public static LocalizedText OutputExists { get; } = new(
        "Der findes allerede en anden fil med navnet {0}. Vælg at beholde begge eller at erstatte den.",
        "A different file named {0} already exists. Choose to keep both or to replace it.");

    /// <summary>{0}: the file in the way; {1}: what it is, from <see cref="FileReasonText"/>.</summary>
    public static LocalizedText OutputNotReplaceable { get; } = new(
        "Der findes allerede en fil med navnet {0}, og den er ikke et certifikat: {1} Den erstattes aldrig; behold begge filer, eller flyt den først.",
        "A file named {0} already exists and is not a certificate: {1} It is never replaced; keep both files, or move it first.");

    /// <summary>{0}: the file exported from; {1}: the other input of the batch, or the .cer it wrote, that would have been written over.</summary>
    public static LocalizedText OutputIsOtherInput { get; } = new(
        "Eksporten af {0} ville skrive .cer-filen oven i {1}, som denne eksport også læser eller allerede har skrevet, så intet er skrevet. Skriv .cer-filen i en anden mappe, eller behold begge under et nummereret navn.",
        "The export of {0} would write its .cer file over {1}, which this export also reads or has already written, so nothing was written. Write the .cer file into another folder, or keep both under a numbered name.");

    /// <summary>{0}: the file exported from; {1}: the .cer it would have written.</summary>
    public static LocalizedText OutputIsInput { get; } = new(
        "Eksporten ville skrive .cer-filen {1} oven i selve den fil, der eksporteres fra ({0}), så intet er skrevet. Er det en .p12-fil, så giv den endelsen .p12; ellers skriv .cer-filen i en anden mappe, eller behold begge under et nummereret navn.",
        "The export would write the .cer file {1} over the very file it exports from ({0}), so nothing was written. If it is a .p12 file, give it the extension .p12; otherwise write the .cer file into another folder, or keep both under a numbered name.");

    public static LocalizedText SourceNotFound { get; } = new(
        "Filen findes ikke: {0}.",
        "The file does not exist: {0}.");

    public static LocalizedText AccessDenied { get; } = new(
        "Adgang nægtet til {0}. Mappen er måske skrivebeskyttet; vælg en anden mappe.",
        "Access denied to {0}. The folder may be read-only; choose another folder.");

    /// <summary>Reading is refused: the write's "choose another folder" would send the person the wrong way.</summary>
    public static LocalizedText ReadDenied { get; } = new(
        "Adgang nægtet: du må ikke læse filen {0}. Bed ejeren af filen eller jeres it-afdeling om adgang.",
        "Access denied: you may not read the file {0}. Ask the file's owner or your IT department for access.");

    /// <summary>A folder on the path may not be searched, so nothing in it can be looked up, read or written.</summary>
    public static LocalizedText FolderNotSearchable { get; } = new(
        "Adgang nægtet til {0}: du må ikke åbne en af mapperne på vejen dertil. Bed ejeren af mappen eller jeres it-afdeling om adgang.",
        "Access denied to {0}: you may not open one of the folders on the way to it. Ask the folder's owner or your IT department for access.");

    public static LocalizedText LinkLoop { get; } = new(
        "Stien {0} går gennem symbolske links, der danner en løkke, så den fører ikke til nogen fil. Ret eller slet linket.",
        "The path {0} goes through symbolic links that form a loop, so it leads to no file. Fix or delete the link.");

    /// <summary>{0}: the path; {1}: the system's error number, where the system gave no words of its own.</summary>
    public static LocalizedText StatusFailed { get; } = new(
        "Kunne ikke undersøge {0} (fejlkode {1} fra systemet).",
        "Could not examine {0} (error code {1} from the system).");

    public static LocalizedText ReadOnlyFile { get; } = new(
        "Filen {0} er skrivebeskyttet og blev ikke erstattet. Fjern skrivebeskyttelsen under Egenskaber, eller behold begge filer.",
        "The file {0} is marked read-only and was not replaced. Clear the read-only mark under Properties, or keep both files.");

    public static LocalizedText FileLocked { get; } = new(
        "Filen {0} er i brug af et andet program. Luk programmet, og prøv igen.",
        "The file {0} is in use by another program. Close that program and try again.");

    /// <summary>{0}: the path; {1}: the device name Windows keeps (CON, NUL, COM1…).</summary>
    public static LocalizedText ReservedName { get; } = new(
        "Windows bruger navnet {1} til en enhed, ikke til en fil, så {0} kan hverken læses eller skrives. Omdøb filen, og prøv igen.",
        "Windows keeps the name {1} for a device, not a file, so {0} can be neither read nor written. Rename the file and try again.");

    public static LocalizedText DiskFull { get; } = new(
        "Der er ikke plads på drevet til {0}.",
        "There is no space left on the drive for {0}.");

    public static LocalizedText PathTooLong { get; } = new(
        "Stien er for lang til dette system: {0}.",
        "The path is too long for this system: {0}.");

    /// <summary>{0}: the path; {1}: the system's own message.</summary>
    public static LocalizedText Io { get; } = new(
        "Kunne ikke læse eller skrive {0}: {1}",
        "Could not read or write {0}: {1}");

    public static LocalizedText InputIsFolder { get; } = new(
        "{0} er en mappe. Angiv selve .p12-filen.",
        "{0} is a folder. Name the .p12 file itself.");

    public static LocalizedText OutputIsFolder { get; } = new(
        "Der ligger en mappe med navnet {0}, hvor .cer-filen skulle skrives.",
        "There is a folder named {0} where the .cer file would be written.");

    public static LocalizedText NotARegularFile { get; } = new(
        "{0} er ikke en almindelig fil, men en FIFO, en enhed eller en socket, og kan derfor hverken læses eller skrives.",
        "{0} is not a regular file but a FIFO, device or socket, so it can be neither read nor written.");

    public static LocalizedText OutputFolderMissing { get; } = new(
        "Der findes ingen mappe ved navn {0}. Opret den først, eller vælg en anden.",
        "There is no folder named {0}. Create it first, or choose another.");
}

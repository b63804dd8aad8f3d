using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Recent;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Tray;

/// <summary>
/// Every word the tray, its dialogs and its notifications show, in Danish and English, in one place. The menu and
/// each window read what they show from a class of their own: texts declared in one class are shown together, so no
/// two of them may share an access key (the catalogue test checks).
/// </summary>
public static class TrayText
{
    public static LocalizedText ProductName { get; } = new("AltIdShell", "AltIdShell");

    // Windows cuts a notify icon's tooltip at 63 characters.
    public static LocalizedText TrayTooltip { get; } = new(
        "AltIdShell – offentlige nøgler til AltID",
        "AltIdShell – public keys for AltID");

    /// <summary>Buttons several windows show: worded once here, listed again in the class of each window that shows them.</summary>
    public static class Buttons
    {
        public static LocalizedText Export { get; } = new("&Eksportér", "&Export");
        public static LocalizedText Cancel { get; } = new("Annuller", "Cancel");
        public static LocalizedText Close { get; } = new("&Luk", "&Close");
    }

    /// <summary>The tray icon's menu.</summary>
    public static class Menu
    {
        public static LocalizedText NoExports { get; } = new("Ingen eksporter endnu", "No exports yet");
        /// <summary>{0}: the verdict; {1}: the file, cut in the middle; {2}: the last day it is valid. The organisation is left out: it is the same for all.</summary>
        public static LocalizedText RecentItem { get; } = new("{0} · {1} (til {2})", "{0} · {1} (until {2})");
        public static LocalizedText Export { get; } = new("&Eksportér et certifikat…", "&Export a certificate…");
        public static LocalizedText ExportFromStore { get; } = new("Eksportér fra &mine certifikater…", "Export from &my certificates…");
        public static LocalizedText ShowAll { get; } = new("&Vis alle", "&Show all");
        public static LocalizedText StartWithWindows { get; } = new("&Start med Windows", "Start with &Windows");
        public static LocalizedText About { get; } = new("&Om AltIdShell", "&About AltIdShell");
        public static LocalizedText Exit { get; } = new("&Afslut", "E&xit");
    }

    public static class PasswordDialog
    {
        public static LocalizedText Title { get; } = new("Adgangskode til certifikat", "Certificate password");
        public static LocalizedText Intro { get; } = new(
            "Skriv den adgangskode, MitID Erhverv viste, da certifikatet blev hentet. Kun den offentlige nøgle gemmes – som en .cer-fil ved siden af certifikatfilen.",
            "Enter the password MitID Erhverv showed when the certificate was downloaded. Only the public key is saved, as a .cer file beside the certificate file.");
        public static LocalizedText File { get; } = new("Fil:", "File:");
        public static LocalizedText Folder { get; } = new("Mappe:", "Folder:");
        public static LocalizedText FileOfCount { get; } = new("Fil {0} af {1}", "File {0} of {1}");
        public static LocalizedText Password { get; } = new("&Adgangskode:", "&Password:");
        public static LocalizedText ShowPassword { get; } = new("&Vis adgangskode", "&Show password");
        public static LocalizedText UseForRemaining { get; } = new(
            "&Brug denne adgangskode til de resterende filer ({0})",
            "&Use this password for the remaining files ({0})");
        public static LocalizedText RememberedWasWrong { get; } = new(
            "Den fælles adgangskode passede ikke til denne fil.",
            "The shared password did not fit this file.");
        public static LocalizedText Checking { get; } = new("Kontrollerer …", "Checking …");
        /// <summary>{0}: the share of the key derivation done, in per cent.</summary>
        public static LocalizedText Progress { get; } = new("Åbner filen: {0} %", "Opening the file: {0} %");
        public static LocalizedText Export { get; } = Buttons.Export;
        public static LocalizedText Cancel { get; } = Buttons.Cancel;
    }

    /// <summary>A different .cer already has the name.</summary>
    public static class ExistingFileDialog
    {
        public static LocalizedText Title { get; } = new("Filen findes allerede", "The file already exists");
        public static LocalizedText Question { get; } = new(
            "Der findes allerede en anden fil med navnet {0} i mappen {1}.\n\nVil du beholde begge filer eller erstatte den eksisterende?",
            "A different file named {0} already exists in the folder {1}.\n\nDo you want to keep both files or replace the existing one?");
        /// <summary>{0}: its certificate's name; {1}: valid until; {2}: when the file was written.</summary>
        public static LocalizedText ExistingCertificate { get; } = new(
            "Den eksisterende fil er certifikatet {0}, gyldigt til {1}, sidst ændret {2}.",
            "The existing file is the certificate {0}, valid until {1}, last modified {2}.");
        /// <summary>{0}: when the file was written.</summary>
        public static LocalizedText ExistingOther { get; } = new(
            "Den eksisterende fil er ikke et certifikat, der kan læses; den blev sidst ændret {0}.",
            "The existing file is not a certificate that can be read; it was last modified {0}.");
        /// <summary>{0}: the file's name; {1}: its folder. Said when the file in the way is not a certificate, which is never replaced.</summary>
        public static LocalizedText KeepOnly { get; } = new(
            "Der findes allerede en fil med navnet {0} i mappen {1}, og den er ikke et certifikat, så den erstattes ikke.\n\nVil du gemme .cer-filen ved siden af under et nummereret navn?",
            "A file named {0} already exists in the folder {1}, and it is not a certificate, so it is not replaced.\n\nDo you want to save the .cer file beside it under a numbered name?");
        public static LocalizedText KeepBoth { get; } = new("&Behold begge", "&Keep both");
        public static LocalizedText Replace { get; } = new("&Erstat", "&Replace");
        public static LocalizedText Cancel { get; } = Buttons.Cancel;
    }

    /// <summary>The file holds several certificates that may be the organisation's.</summary>
    public static class CertificateChoiceDialog
    {
        public static LocalizedText Title { get; } = new("Vælg certifikat", "Choose certificate");
        public static LocalizedText ListName { get; } = new("Certifikater i filen", "Certificates in the file");
        public static LocalizedText Intro { get; } = new(
            "{0} indeholder flere certifikater, der kan være organisationens. Vælg det, der skal eksporteres.",
            "{0} holds several certificates that may be the organisation's. Choose the one to export.");
        public static LocalizedText Export { get; } = Buttons.Export;
        public static LocalizedText Cancel { get; } = Buttons.Cancel;
    }

    public static class RecentExportsWindow
    {
        public static LocalizedText Title { get; } = new("Seneste eksporter – AltIdShell", "Recent exports – AltIdShell");
        public static LocalizedText ListName { get; } = new("Seneste eksporter", "Recent exports");
        public static LocalizedText Empty { get; } = new(
            "Ingen eksporter endnu. Højreklik på en .p12- eller .pfx-fil i Stifinder, og vælg \"Eksportér offentlig nøgle til AltID\".",
            "No exports yet. Right-click a .p12 or .pfx file in File Explorer and choose \"Export public key for AltID\".");
        public static LocalizedText OpenFolder { get; } = new("Åbn &mappe", "Open &folder");
        public static LocalizedText CopyPath { get; } = new("Kopiér &sti", "Copy &path");
        public static LocalizedText CopyFile { get; } = new("Kopiér &fil", "Copy f&ile");
        public static LocalizedText CopyFingerprint { get; } = new("Kopiér SHA-&256", "Copy SHA-&256");
        public static LocalizedText Remove { get; } = new("Fje&rn fra listen", "&Remove from list");
        public static LocalizedText OpenRegister { get; } = new("Åbn AltID-modtagerre&gistret", "Open the AltID recipient re&gister");
        public static LocalizedText Close { get; } = Buttons.Close;
        public static LocalizedText CopiedPath { get; } = new("Stien er kopieret: {0}", "Path copied: {0}");
        public static LocalizedText CopiedFile { get; } = new(
            "Filen er kopieret. Indsæt den i browserens upload-dialog med Ctrl+V.",
            "File copied. Paste it into the browser's upload dialog with Ctrl+V.");
        public static LocalizedText CopiedFingerprint { get; } = new("SHA-256-fingeraftrykket er kopieret.", "SHA-256 fingerprint copied.");
    }

    /// <summary>"Export from my certificates…": the certificates already in Windows' certificate store.</summary>
    public static class StoreCertificatesWindow
    {
        public static LocalizedText Title { get; } = new("Mine certifikater – AltIdShell", "My certificates – AltIdShell");
        public static LocalizedText Intro { get; } = new(
            "Certifikater i Windows' certifikatlager. Kun den offentlige del gemmes som .cer; den private nøgle røres ikke.",
            "Certificates in the Windows certificate store. Only the public part is saved as a .cer; the private key is not touched.");
        public static LocalizedText ListName { get; } = new("Certifikater i certifikatlageret", "Certificates in the certificate store");
        public static LocalizedText ShowAll { get; } = new("&Vis alle", "&Show all");
        public static LocalizedText Export { get; } = new("&Eksportér…", "&Export…");
        public static LocalizedText Close { get; } = Buttons.Close;
        public static LocalizedText Empty { get; } = new(
            "Ingen OCES3-organisations- eller -systemcertifikater i certifikatlageret. Vælg \"Vis alle\" for at se de andre.",
            "No OCES3 organisation or system certificates in the certificate store. Choose \"Show all\" to see the others.");
        public static LocalizedText FolderPrompt { get; } = new("Vælg mappen, som .cer-filen skal gemmes i.", "Choose the folder to save the .cer file in.");
        public static LocalizedText Unreadable { get; } = new("{0} kunne ikke læses.", "{0} could not be read.");
    }

    /// <summary>"Check certificate for AltID" on a .cer/.crt/.p7b.</summary>
    public static class CertificateCheckWindow
    {
        public static LocalizedText Title { get; } = new("Kontrol af certifikat – AltIdShell", "Certificate check – AltIdShell");
        public static LocalizedText Intro { get; } = new(
            "Kun kontrol: der er ikke brugt nogen adgangskode, og intet er gemt.",
            "Check only: no password was used and nothing was saved.");
        public static LocalizedText Copy { get; } = new("&Kopiér tekst", "Co&py text");
        public static LocalizedText Close { get; } = Buttons.Close;
        public static LocalizedText Copied { get; } = new("Teksten er kopieret.", "Text copied.");
    }

    // List columns of the tray's own; a certificate's fields are named as CertificateText names them.
    public static LocalizedText ColumnAltId { get; } = new("AltID", "AltID");
    public static LocalizedText ColumnFile { get; } = new("Fil", "File");
    /// <summary>{0}: the zone of the times below it.</summary>
    public static LocalizedText ColumnExportedAt { get; } = new("Eksporteret ({0})", "Exported ({0})");
    public static LocalizedText ColumnFolder { get; } = new("Mappe", "Folder");
    public static LocalizedText ColumnStatus { get; } = new("Status", "Status");
    public static LocalizedText ColumnStore { get; } = new("Lager", "Store");

    // Errors
    /// <summary>
    /// The question's file and folder come from the disk: escaped, as every window's text from a file is. A file that
    /// is not a certificate is never replaced (<paramref name="mayReplace"/> false): then only a numbered name is offered.
    /// </summary>
    public static LocalizedText ExistingFileQuestion(string existingPath, bool mayReplace) => (mayReplace ? ExistingFileDialog.Question : ExistingFileDialog.KeepOnly).Format(
        DisplayText.Escape(System.IO.Path.GetFileName(existingPath)), DisplayText.Escape(System.IO.Path.GetDirectoryName(existingPath) ?? ""));

    public static LocalizedText ChoiceIntro(string sourcePath) =>
        CertificateChoiceDialog.Intro.Format(DisplayText.Escape(System.IO.Path.GetFileName(sourcePath)));

    public static LocalizedText ErrorTitle { get; } = new("Eksporten mislykkedes", "Export failed");
    public static LocalizedText ErrorOnFile { get; } = new("{0}\n\n{1}", "{0}\n\n{1}");

    /// <summary>
    /// One file's failure as the error dialog shows it: the file's name and the message, which may quote paths and
    /// certificate names, are data (<see cref="DisplayText"/>).
    /// </summary>
    public static LocalizedText ErrorOnFileFor(string displayName, LocalizedText message) => ErrorOnFile.Format(
        DisplayText.Escape(displayName), new LocalizedText(DisplayText.Escape(message.Danish), DisplayText.Escape(message.English)));
    /// <summary>{0}: why, from <see cref="Launch.LaunchProblemText"/>.</summary>
    public static LocalizedText ErrorLaunch { get; } = new(
        "AltIdShell blev startet med noget, programmet ikke kan bruge: {0}.",
        "AltIdShell was started with something it cannot use: {0}.");
    public static LocalizedText ErrorFileGone { get; } = new(
        "Filen findes ikke længere: {0}",
        "The file no longer exists: {0}");
    public static LocalizedText ErrorCerChanged { get; } = new(
        "{0} er ændret siden eksporten: SHA-256-fingeraftrykket passer ikke længere. Eksportér igen.",
        "{0} has changed since the export: the SHA-256 no longer matches. Export again.");
    public static LocalizedText ErrorCerUnreadable { get; } = new(
        "{0} kan ikke læses lige nu. Prøv igen om lidt.",
        "{0} cannot be read right now. Try again in a moment.");
    public static LocalizedText ErrorClipboardBusy { get; } = new(
        "Udklipsholderen bruges af et andet program. Prøv igen om lidt.",
        "Another program is using the clipboard. Try again in a moment.");
    public static LocalizedText ErrorAutostart { get; } = new(
        "Indstillingen \"Start med Windows\" kunne ikke ændres: {0}",
        "Could not change start with Windows: {0}");
    public static LocalizedText ErrorRecentList { get; } = new(
        "Listen over seneste eksporter kunne ikke gemmes: {0}",
        "The list of recent exports could not be saved: {0}");

    // Notification
    // The title is the verdict (VerdictText.Headline); what became of a file already there is said below it.
    public static LocalizedText NotifyReplaced { get; } = new("Den tidligere fil med samme navn er erstattet.", "The earlier file of the same name was replaced.");
    public static LocalizedText NotifyAlreadyExported { get; } = new(
        "Allerede eksporteret: filen fandtes i forvejen med det samme certifikat.", "Already exported: the file was there, with the same certificate.");
    public static LocalizedText NotifyOrganisation { get; } = new("{0} (CVR {1})", "{0} (CVR {1})");
    public static LocalizedText NotifyValidUntil { get; } = new("Gyldig til {0} · {1}", "Valid until {0} · {1}");
    public static LocalizedText NotifyOpenFolder { get; } = new("Åbn mappe", "Open folder");
    public static LocalizedText NotifyCopyPath { get; } = new("Kopiér sti", "Copy path");
    public static LocalizedText UnknownOrganisation { get; } = new("Ukendt organisation", "Unknown organisation");
    public static LocalizedText UnknownCvr { get; } = new("ukendt", "unknown");

    // A recent export's status
    public static LocalizedText StatusNotRecorded { get; } = new("Ikke vurderet", "Not judged");
    public static LocalizedText StatusSuperseded { get; } = new("Erstattet af et nyere", "Superseded by a newer one");
    public static LocalizedText StatusExpired { get; } = new("Udløbet", "Expired");
    public static LocalizedText StatusValid { get; } = new("Gyldig", "Valid");
    // Danish and English both say one day differently from several.
    public static LocalizedText ExpiresToday { get; } = new("udløber i dag", "expires today");
    public static LocalizedText ExpiresInOneDay { get; } = new("udløber om 1 dag", "expires in 1 day");
    public static LocalizedText ExpiresInDays { get; } = new("udløber om {0} dage", "expires in {0} days");

    // Renewal reminders
    public static LocalizedText ReminderTitle { get; } = new("Certifikatet skal fornyes", "Certificate due for renewal");
    /// <summary>{0}: organisation; {1}: certificate name; {2}: when it expires (<see cref="ExpiresInDays"/> and the like).</summary>
    public static LocalizedText ReminderBody { get; } = new(
        "{0} – {1} {2}. Forny det i MitID Erhverv, eksportér det nye, og upload det i AltIDs modtagerregister.",
        "{0} – {1} {2}. Renew it in MitID Erhverv, export the new one and upload it to the AltID recipient register.");
    public static LocalizedText ReminderOpenRegister { get; } = new("Åbn modtagerregistret", "Open the register");
    public static LocalizedText ReminderStop { get; } = new("Mind mig ikke om det igen", "Stop reminding");
    /// <summary>
    /// Asked before silencing: the stop-reminding URI can come from any program or web page, not only our notification
    /// (security F13). {0}: organisation; {1}: certificate name; {2}: the .cer.
    /// </summary>
    public static LocalizedText ReminderStopQuestion { get; } = new(
        "Vil du stoppe påmindelserne om at forny {0} – {1} ({2})?\n\nDu får så ingen advarsel, før certifikatet udløber.",
        "Stop the reminders to renew {0} – {1} ({2})?\n\nYou will then get no warning before the certificate expires.");
    public static LocalizedText ErrorReminders { get; } = new(
        "Valget om påmindelser kunne ikke gemmes: {0}", "The reminder choice could not be saved: {0}");

    // File picker and About
    public static LocalizedText PickerTitle { get; } = new("Vælg certifikatfil (.p12 eller .pfx)", "Choose a certificate file (.p12 or .pfx)");
    public static LocalizedText PickerFilter { get; } = new(
        $"Certifikatfiler ({CertificateFileName.DialogPattern})|{CertificateFileName.DialogPattern}",
        $"Certificate files ({CertificateFileName.DialogPattern})|{CertificateFileName.DialogPattern}");
    public static LocalizedText AboutText { get; } = new(
        "AltIdShell {0}\n\nGemmer den offentlige nøgle fra et OCES3-organisations- eller -systemcertifikat (.p12/.pfx) som en .cer-fil til AltIDs modtagerregister. Den private nøgle bliver aldrig dekrypteret eller gemt.",
        "AltIdShell {0}\n\nSaves the public key of an OCES3 organisation or system certificate (.p12/.pfx) as a .cer file for the AltID recipient register. The private key is never decrypted or saved.");

    /// <summary>The names come from the certificate: escaped here, for the toast and the balloon alike.</summary>
    public static LocalizedText ReminderText(string? organisation, string certificateName, int daysLeft) =>
        ReminderBody.Format(organisation == null ? UnknownOrganisation : DisplayText.Escape(organisation), DisplayText.Escape(certificateName), ExpiresIn(daysLeft));

    /// <summary>Text from the certificate and the path is data: escaped (<see cref="DisplayText"/>).</summary>
    public static LocalizedText ReminderStopQuestionFor(RecentExport certificate) =>
        ReminderStopQuestion.Format(
            certificate.Organisation == null ? UnknownOrganisation : (object)DisplayText.Escape(certificate.Organisation),
            DisplayText.Escape(certificate.CertificateName),
            DisplayText.Escape(certificate.OutputPath));

    public static LocalizedText Status(RecentExportStatus status) => status.Kind switch
    {
        RecentExportStatusKind.Superseded => StatusSuperseded,
        RecentExportStatusKind.Expired => StatusExpired,
        RecentExportStatusKind.ExpiresSoon => Capitalised(ExpiresIn(status.DaysLeft)),
        _ => StatusValid,
    };

    /// <summary>"udløber om 30 dage", "udløber om 1 dag", "udløber i dag".</summary>
    private static LocalizedText ExpiresIn(int days) => days switch
    {
        0 => ExpiresToday,
        1 => ExpiresInOneDay,
        _ => ExpiresInDays.Format(days),
    };

    private static LocalizedText Capitalised(LocalizedText text) => new(Capitalised(text.Danish), Capitalised(text.English));

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>The verdict as a list shows it; entries saved before verdicts existed have none.</summary>
    public static LocalizedText Verdict(VerdictKind? verdict) =>
        verdict is { } kind ? CertificateText.ShortVerdict(kind) : StatusNotRecorded;
}

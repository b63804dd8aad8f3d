using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli;

/// <summary>Everything altid-export says to a person, in Danish and English.</summary>
internal static class CliText
{
    public static LocalizedText RootDescription { get; } = new(
        "Eksportér den offentlige nøgle (.cer) fra et OCES-certifikat (.p12/.pfx) til AltIDs modtagerregister. Den private nøgle dekrypteres og eksporteres aldrig.",
        "Export the public key (.cer) of an OCES certificate (.p12/.pfx) for the AltID recipient register. The private key is never decrypted or exported.");
    public static LocalizedText ExportDescription { get; } = new(
        "Skriv <navn>.cer ved siden af hver <navn>.p12/.pfx (eller et .p7b-, PEM- eller Base64-certifikat) og vis, hvad certifikatet er.",
        "Write <name>.cer next to each <name>.p12/.pfx (or .p7b, PEM or Base64 certificate) and show what the certificate is.");
    public static LocalizedText InspectDescription { get; } = new(
        "Vis, hvad en .p12/.pfx, .cer/.crt eller .p7b indeholder, uden at skrive noget.",
        "Show what a .p12/.pfx, .cer/.crt or .p7b holds, writing nothing.");
    public static LocalizedText FileHelpName { get; } = new("FIL", "FILE");
    public static LocalizedText FolderHelpName { get; } = new("MAPPE", "DIR");
    public static LocalizedText FilesDescription { get; } = new(
        "Certifikatfiler (.p12/.pfx; også .p7b, .cer/.crt i PEM eller Base64).", "Certificate files (.p12/.pfx; also .p7b, .cer/.crt in PEM or Base64).");
    public static LocalizedText FileDescription { get; } = new("En .p12/.pfx-, .cer/.crt- eller .p7b-fil.", "A .p12/.pfx, .cer/.crt or .p7b file.");
    public static LocalizedText PemDescription { get; } = new("Skriv PEM (Base64) i stedet for DER.", "Write PEM (Base64) instead of DER.");
    public static LocalizedText OutDescription { get; } = new("Skriv .cer-filerne i denne mappe.", "Write the .cer files into this folder.");
    public static LocalizedText KeepBothDescription { get; } = new(
        "Findes der allerede en anden .cer, så skriv ved siden af den med et nummer: navn (2).cer.",
        "If a different .cer already exists, write beside it with a number: name (2).cer.");
    public static LocalizedText ReplaceDescription { get; } = new(
        "Findes der allerede en anden .cer, så erstat den.", "If a different .cer already exists, replace it.");
    public static LocalizedText JsonDescription { get; } = new("Skriv resultatet som JSON.", "Write the result as JSON.");
    public static LocalizedText PasswordStdinDescription { get; } = new(
        "Læs adgangskoden som én linje fra standard input (ellers fra ALTID_PASSWORD eller en prompt).",
        "Read the password as one line from standard input (otherwise from ALTID_PASSWORD or a prompt).");
    public static LocalizedText CertificateDescription { get; } = new(
        "Hvis filen indeholder flere certifikater: SHA-256-fingeraftrykket på det certifikat, der skal eksporteres.",
        "When the file holds several certificates: the SHA-256 fingerprint of the one to export.");
    public static LocalizedText InspectCertificateDescription { get; } = new(
        "Hvis filen indeholder flere certifikater: SHA-256-fingeraftrykket på det certifikat, der skal vises.",
        "When the file holds several certificates: the SHA-256 fingerprint of the one to show.");
    public static LocalizedText OfflineDescription { get; } = new(
        "Spørg ikke OCES-CA'ets OCSP-tjeneste, om certifikatet er spærret; vurderingen siger da \"spærring ikke kontrolleret\".",
        "Do not ask the OCES CA's OCSP service whether the certificate is revoked; the verdict then says \"revocation not checked\".");
    public static LocalizedText TestRegisterDescription { get; } = new(
        "Certifikatet er til testmiljøet i AltIDs modtagerregister: exitkode 0 for et testcertifikat i stedet for et produktionscertifikat.",
        "The certificate is for the AltID recipient register's test environment: exit code 0 for a test certificate instead of a production one.");
    public static LocalizedText RequireRevocationDescription { get; } = new(
        "Kræv, at OCES-CA'ets OCSP-tjeneste bekræfter, at certifikatet ikke er spærret: ellers exitkode 11, også når vurderingen ellers er i orden.",
        "Require the OCES CA's OCSP service to confirm that the certificate is not revoked: otherwise exit code 11, even when the verdict is otherwise fine.");
    public static LocalizedText KeepBothAndReplace { get; } = new(
        "--keep-both og --replace kan ikke bruges sammen.", "--keep-both and --replace cannot be used together.");

    public static LocalizedText HelpDescriptionTitle { get; } = new("Beskrivelse:", "Description:");
    public static LocalizedText HelpUsageTitle { get; } = new("Brug:", "Usage:");
    public static LocalizedText HelpArgumentsTitle { get; } = new("Argumenter:", "Arguments:");
    public static LocalizedText HelpOptionsTitle { get; } = new("Tilvalg:", "Options:");
    public static LocalizedText HelpCommandsTitle { get; } = new("Kommandoer:", "Commands:");
    public static LocalizedText HelpUsageOptions { get; } = new("tilvalg", "options");
    public static LocalizedText HelpUsageCommand { get; } = new("kommando", "command");
    public static LocalizedText HelpExitCodesTitle { get; } = new("Exitkoder:", "Exit codes:");
    public static LocalizedText ExitSuccess { get; } = new("certifikatet er egnet til registret (produktion eller test med --test)", "the certificate suits the register (production, or test with --test)");
    public static LocalizedText ExitUsage { get; } = new("forkert brug eller ingen adgangskode angivet", "wrong usage, or no password to be had");
    public static LocalizedText ExitWrongPassword { get; } = new("forkert adgangskode", "wrong password");
    public static LocalizedText ExitNotReadable { get; } = new("ikke en certifikatfil eller beskadiget", "not a certificate file, or damaged");
    public static LocalizedText ExitUnsupported { get; } = new("krypteringsmetode understøttes ikke", "encryption method not supported");
    public static LocalizedText ExitLimitExceeded { get; } = new("over en sikkerhedsgrænse", "over a safety limit");
    public static LocalizedText ExitCertificateChoice { get; } = new("intet, kun CA- eller flere certifikater (vælg med --certificate)", "no, only CA or several certificates (choose with --certificate)");
    public static LocalizedText ExitOutputExists { get; } = new("en anden .cer findes (--keep-both eller --replace)", "a different .cer exists (--keep-both or --replace)");
    public static LocalizedText ExitFileSystem { get; } = new("filen findes ikke eller kan ikke læses eller skrives", "the file does not exist, or cannot be read or written");
    public static LocalizedText ExitNotSuitable { get; } = new("læst (og skrevet), men certifikatet er ikke egnet til registret", "read (and written), but the certificate does not suit the register");
    public static LocalizedText ExitInputWouldBeOverwritten { get; } = new(".cer-filen ville erstatte en fil, som kommandoen læser eller har skrevet; intet skrevet", "the .cer would replace a file the command reads or has written; nothing written");
    public static LocalizedText ExitCancelled { get; } = new("afbrudt med Ctrl+C", "stopped with Ctrl+C");
    public static LocalizedText ExitRevocationNotConfirmed { get; } = new(
        "egnet, men --require-revocation: OCSP bekræftede ikke, at certifikatet ikke er spærret",
        "suitable, but --require-revocation: OCSP did not confirm that the certificate is not revoked");
    public static LocalizedText HelpOptionDescription { get; } = new("Vis hjælp.", "Show help and usage information.");
    public static LocalizedText VersionOptionDescription { get; } = new("Vis versionen.", "Show version information.");
    public static LocalizedText CommandMissing { get; } = new(
        "Angiv en kommando: export, inspect eller store (se altid-export --help).",
        "Name a command: export, inspect or store (see altid-export --help).");
    public static LocalizedText FileMissing { get; } = new(
        "Angiv filen: altid-export {0} FIL (se altid-export {0} --help).",
        "Name the file: altid-export {0} FILE (see altid-export {0} --help).");
    public static LocalizedText OptionNeedsValue { get; } = new(
        "{0} skal have præcis én værdi (se altid-export {1} --help).",
        "{0} takes exactly one value (see altid-export {1} --help).");
    public static LocalizedText StoreDescription { get; } = new(
        "Certifikater, der allerede ligger i Windows' certifikatlager (CurrentUser\\My og LocalMachine\\My); kun den offentlige del læses.",
        "Certificates already in the Windows certificate store (CurrentUser\\My and LocalMachine\\My); only the public part is read.");
    public static LocalizedText StoreListDescription { get; } = new(
        "Vis OCES3-organisations- og -systemcertifikaterne i certifikatlageret, de bedst egnede først.",
        "List the OCES3 organisation and system certificates in the certificate store, the most suitable first.");
    public static LocalizedText StoreAllDescription { get; } = new("Vis også alle andre certifikater.", "Also list every other certificate.");
    public static LocalizedText StoreExportDescription { get; } = new(
        "Skriv certifikatet med dette fingeraftryk som <certifikatnavn>.cer (DER).",
        "Write the certificate with this fingerprint as <certificate name>.cer (DER).");
    public static LocalizedText StoreFingerprintDescription { get; } = new(
        "SHA-1-aftrykket, som store list, certmgr og PowerShell viser det, eller SHA-256-fingeraftrykket; helt eller mindst de første 6 tegn.",
        "The SHA-1 thumbprint as store list, certmgr and PowerShell show it, or the SHA-256 fingerprint; whole or its first 6 characters or more.");
    public static LocalizedText StoreOutDescription { get; } = new(
        "Skriv .cer-filen i denne mappe (ellers i den aktuelle mappe).", "Write the .cer file into this folder (otherwise the current folder).");
    public static LocalizedText StoreStatus { get; } = new("AltID", "AltID");
    public static LocalizedText StoreThumbprint { get; } = new("SHA-1", "SHA-1");
    public static LocalizedText StoreExportHint { get; } = new(
        "Eksportér et af dem med: altid-export store export <SHA-1 eller dets første 6 tegn>",
        "Export one with: altid-export store export <SHA-1, or its first 6 characters>");
    public static LocalizedText StoreNone { get; } = new(
        "Ingen OCES3-organisations- eller -systemcertifikater i certifikatlageret.",
        "No OCES3 organisation or system certificates in the certificate store.");
    public static LocalizedText StoreHidden { get; } = new(
        "Andre certifikater end OCES3-organisations- og -systemcertifikater: {0}; vis dem med --all.",
        "Certificates other than OCES3 organisation and system certificates: {0}; list them with --all.");
    public static LocalizedText StoreUnreadable { get; } = new(
        "{0} kunne ikke læses (ingen adgang, eller det findes ikke her).", "{0} could not be read (no access, or it does not exist here).");
    public static LocalizedText StoreNotFound { get; } = new(
        "Intet certifikat i certifikatlageret har det angivne fingeraftryk (SHA-256 eller SHA-1, helt eller mindst de første 6 tegn). Se dem med: altid-export store list --all",
        "No certificate in the certificate store has the fingerprint given (SHA-256 or SHA-1, whole or its first 6 characters or more). List them with: altid-export store list --all");
    public static LocalizedText StoreAmbiguous { get; } = new(
        "{0} certifikater i certifikatlageret begynder med det angivne fingeraftryk; angiv flere tegn (se altid-export store list --all).",
        "{0} certificates in the certificate store begin with the fingerprint given; give more characters (see altid-export store list --all).");

    public static LocalizedText CheckingRevocation { get; } = new(
        "Kontrollerer spærring hos OCES-CA'et…", "Checking revocation with the OCES CA…");
    public static LocalizedText PasswordPrompt { get; } = new("Adgangskode til {0}: ", "Password for {0}: ");
    public static LocalizedText NoPassword { get; } = new(
        "Ingen adgangskode: brug --password-stdin, miljøvariablen ALTID_PASSWORD eller kør i en terminal.",
        "No password: use --password-stdin, the ALTID_PASSWORD environment variable, or run in a terminal.");
    public static LocalizedText NoPasswordOnStdin { get; } = new(
        "Ingen adgangskode: standardinput sluttede, før der kom en linje. Send adgangskoden som første linje på standardinput.",
        "No password: standard input ended before a single line. Send the password as the first line on standard input.");
    public static LocalizedText PasswordOnCommandLine { get; } = new(
        "Adgangskoden gives aldrig på kommandolinjen, hvor andre kan læse den: brug --password-stdin eller miljøvariablen ALTID_PASSWORD.",
        "The password is never given on the command line, where others can read it: use --password-stdin or the ALTID_PASSWORD environment variable.");
    public static LocalizedText NotACommand { get; } = new(
        "Argument {0} er ikke en kommando, som altid-export kender: brug export, inspect, store list eller store export (se altid-export --help).",
        "Argument {0} is not a command altid-export knows: use export, inspect, store list or store export (see altid-export --help).");
    public static LocalizedText UnknownOption { get; } = new(
        "Argument {0} er ikke et tilvalg, som altid-export {1} kender (se altid-export {1} --help).",
        "Argument {0} is not an option altid-export {1} knows (see altid-export {1} --help).");
    /// <summary>{2}: the known option nearest to the unknown one, which is never repeated: it may be a password.</summary>
    public static LocalizedText UnknownOptionNearest { get; } = new(
        "Argument {0} er ikke et tilvalg, som altid-export {1} kender. Mente du {2}?",
        "Argument {0} is not an option altid-export {1} knows. Did you mean {2}?");
    /// <summary>{1}: the option, which takes no value; {2}: the command.</summary>
    public static LocalizedText OptionTakesNoValue { get; } = new(
        "Argument {0}: {1} tager ingen værdi (se altid-export {2} --help).",
        "Argument {0}: {1} takes no value (see altid-export {2} --help).");
    public static LocalizedText CannotParse { get; } = new(
        "Argumenterne kan ikke læses (se altid-export {0} --help).", "The arguments cannot be read (see altid-export {0} --help).");
    public static LocalizedText StoreCommandMissing { get; } = new(
        "Angiv store list eller store export (se altid-export store --help).",
        "Name store list or store export (see altid-export store --help).");
    public static LocalizedText OneFileTooMany { get; } = new(
        "Argument {0} er én fil for meget: altid-export {1} tager én fil.",
        "Argument {0} is one file too many: altid-export {1} takes one file.");
    public static LocalizedText NotAFile { get; } = new(
        "Argument {0} er ikke en fil, der findes, og ligner ikke et filnavn; det gentages ikke, for det kan være en adgangskode.",
        "Argument {0} is not a file that exists, nor like a file name; it is not repeated, as it may be a password.");
    /// <summary>{0}: the name as given; {1}: the folder it was looked for in.</summary>
    public static LocalizedText FileNotFound { get; } = new("Filen findes ikke: {0} (i mappen {1}).", "The file does not exist: {0} (in the folder {1}).");
    /// <summary>{0}: the path as given, which ends in a slash.</summary>
    public static LocalizedText FileAsFolder { get; } = new(
        "{0} ender med en skråstreg, som var det en mappe, men det er en fil. Fjern skråstregen i slutningen.",
        "{0} ends in a slash as if it were a folder, but it is a file. Remove the slash at the end.");
    /// <summary>{0}, {1}: the first and last argument of the run.</summary>
    public static LocalizedText NameWithSpaces { get; } = new(
        "Argument {0}–{1} ligner ét filnavn med mellemrum: sæt anførselstegn om det.",
        "Arguments {0}–{1} look like one file name with spaces: put quotes around it.");
    public static LocalizedText OutIsAFile { get; } = new(
        "--out skal være en mappe, men det angivne er en fil.", "--out takes a folder, but what was given is a file.");
    public static LocalizedText OutFolderMissing { get; } = new(
        "Mappen i --out findes ikke. Opret den først, eller vælg en anden.",
        "The folder given to --out does not exist. Create it first, or choose another.");
    public static LocalizedText AnotherPassword { get; } = new(
        "Adgangskoden til den forrige fil åbner ikke {0}; den har sin egen.",
        "The password for the previous file does not open {0}; it has its own.");
    public static LocalizedText TryAgain { get; } = new("Prøv igen.", "Try again.");

    public static LocalizedText Exported { get; } = new("Eksporteret: {0}", "Exported: {0}");
    public static LocalizedText Replaced { get; } = new("Erstattet: {0}", "Replaced: {0}");
    public static LocalizedText AlreadyExported { get; } = new(
        "Allerede eksporteret (samme certifikat findes): {0}", "Already exported (the same certificate is there): {0}");
    public static LocalizedText Failed { get; } = new("Fejl ({0}): {1}", "Error ({0}): {1}");
    public static LocalizedText TestRegisterHint { get; } = new(
        "Brug --test, hvis certifikatet er til registrets testmiljø; så er exitkoden 0.",
        "Use --test if the certificate is for the register's test environment; the exit code is 0 then.");
    public static LocalizedText FileLabel { get; } = new("Fil", "File");
    public static LocalizedText Candidate { get; } = new("  Mulighed: --certificate {0}  ({1})", "  Choice: --certificate {0}  ({1})");
    public static LocalizedText OutputExistsHint { get; } = new(
        "  Brug --keep-both for at beholde begge eller --replace for at erstatte den.",
        "  Use --keep-both to keep both or --replace to replace it.");
    public static LocalizedText NothingToExport { get; } = new(
        "Filen er allerede et certifikat i den form, registret beder om; der er intet at eksportere. Kontrollér den med altid-export inspect.",
        "The file is already a certificate in the form the register asks for; there is nothing to export. Check it with altid-export inspect.");
    public static LocalizedText CertificateFileInPlace { get; } = new(
        "Filen er allerede en certifikatfil, men ikke i den form, registret beder om (se altid-export inspect). Skriv en ren .cer i en anden mappe med --out, eller ved siden af med --keep-both.",
        "The file is already a certificate file, but not in the form the register asks for (see altid-export inspect). Write a clean .cer into another folder with --out, or beside it with --keep-both.");
    /// <summary>A certificate file in place with a key beside it: the danger first, as inspect says it.</summary>
    public static LocalizedText CertificateFileInPlaceWithKey { get; } = new(
        CertificateText.HoldsPrivateKey.Danish + " " + CertificateFileInPlace.Danish,
        CertificateText.HoldsPrivateKey.English + " " + CertificateFileInPlace.English);
    public static LocalizedText Pkcs12WrongExtension { get; } = new(
        "Filen er en .p12-fil med forkert endelse. Omdøb den til .p12, eller brug --out.",
        "The file is a .p12 file with the wrong extension. Rename it to .p12, or use --out.");
    public static LocalizedText OutputKeptHint { get; } = new(
        "  Brug --keep-both for at skrive .cer-filen ved siden af under et nummereret navn.",
        "  Use --keep-both to write the .cer file beside it under a numbered name.");
    /// <summary>{0}: the file; {1}: the share of the key derivation done, in per cent.</summary>
    public static LocalizedText Progress { get; } = new("Åbner {0} … {1} %", "Opening {0} … {1} %");
    public static LocalizedText Cancelled { get; } = new("Afbrudt; intet blev skrevet for den fil, der var ved at blive åbnet.", "Cancelled; nothing was written for the file being opened.");
    public static LocalizedText CerFormat { get; } = new("Format", "Format");
    /// <summary>Inspect's own warning, then whom it concerns: printed after "Exported: x.cer" it could be read as said of the .cer.</summary>
    public static LocalizedText SourceHoldsPrivateKey { get; } = new(
        CertificateText.HoldsPrivateKey.Danish + " Det gælder den fil, der blev eksporteret fra; .cer-filen indeholder kun certifikatet.",
        CertificateText.HoldsPrivateKey.English + " This is about the file exported from; the .cer holds only the certificate.");
    public static LocalizedText SourceHasOtherData { get; } = new(
        "Bemærk: Den fil, der blev eksporteret fra, indeholder andre data end certifikaterne; kun certifikatet er skrevet.",
        "Note: The file exported from holds other data besides its certificates; only the certificate was written.");
}

using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli;

/// <summary>Everything altid-export says to a person, in Danish and English.</summary>
internal static class CliText
{
    public static readonly LocalizedText RootDescription = new(
        "Eksportér den offentlige nøgle (.cer) fra et OCES-certifikat (.p12/.pfx) til AltIDs modtagerregister. Den private nøgle dekrypteres og eksporteres aldrig.",
        "Export the public key (.cer) of an OCES certificate (.p12/.pfx) for the AltID recipient register. The private key is never decrypted or exported.");
    public static readonly LocalizedText ExportDescription = new(
        "Skriv <navn>.cer ved siden af hver <navn>.p12/.pfx (eller .p7b, PEM-, Base64-certifikat) og vis, hvad certifikatet er.",
        "Write <name>.cer next to each <name>.p12/.pfx (or .p7b, PEM or Base64 certificate) and show what the certificate is.");
    public static readonly LocalizedText InspectDescription = new(
        "Vis hvad en .p12/.pfx, .cer/.crt eller .p7b indeholder, uden at skrive noget.",
        "Show what a .p12/.pfx, .cer/.crt or .p7b holds, writing nothing.");
    public static readonly LocalizedText FileHelpName = new("FIL", "FILE");
    public static readonly LocalizedText FilesDescription = new(
        "Certifikatfiler (.p12/.pfx; også .p7b, .cer/.crt i PEM eller Base64).", "Certificate files (.p12/.pfx; also .p7b, .cer/.crt in PEM or Base64).");
    public static readonly LocalizedText FileDescription = new("En .p12/.pfx-, .cer/.crt- eller .p7b-fil.", "A .p12/.pfx, .cer/.crt or .p7b file.");
    public static readonly LocalizedText PemDescription = new("Skriv PEM (Base64) i stedet for DER.", "Write PEM (Base64) instead of DER.");
    public static readonly LocalizedText OutDescription = new("Skriv .cer-filerne i denne mappe.", "Write the .cer files into this folder.");
    public static readonly LocalizedText KeepBothDescription = new(
        "Findes der allerede en anden .cer, så skriv ved siden af den med et nummer: navn (2).cer.",
        "If a different .cer already exists, write beside it with a number: name (2).cer.");
    public static readonly LocalizedText ReplaceDescription = new(
        "Findes der allerede en anden .cer, så erstat den.", "If a different .cer already exists, replace it.");
    public static readonly LocalizedText JsonDescription = new("Skriv resultatet som JSON.", "Write the result as JSON.");
    public static readonly LocalizedText PasswordStdinDescription = new(
        "Læs adgangskoden som én linje fra standard input (ellers fra ALTID_PASSWORD eller en prompt).",
        "Read the password as one line from standard input (otherwise from ALTID_PASSWORD or a prompt).");
    public static readonly LocalizedText CertificateDescription = new(
        "Indeholder filen flere certifikater: SHA-256-fingeraftrykket på det, der skal eksporteres.",
        "When the file holds several certificates: the SHA-256 fingerprint of the one to export.");
    public static readonly LocalizedText OfflineDescription = new(
        "Spørg ikke OCES-CA'ets OCSP-tjeneste, om certifikatet er spærret; dommen siger da \"spærring ikke kontrolleret\".",
        "Do not ask the OCES CA's OCSP service whether the certificate is revoked; the verdict then says \"revocation not checked\".");
    public static readonly LocalizedText TestRegisterDescription = new(
        "Certifikatet er til testmiljøet i AltIDs modtagerregister: exitkode 0 for et testcertifikat i stedet for et produktionscertifikat.",
        "The certificate is for the AltID recipient register's test environment: exit code 0 for a test certificate instead of a production one.");
    public static readonly LocalizedText KeepBothAndReplace = new(
        "--keep-both og --replace kan ikke bruges sammen.", "--keep-both and --replace cannot be used together.");

    public static readonly LocalizedText HelpDescriptionTitle = new("Beskrivelse:", "Description:");
    public static readonly LocalizedText HelpUsageTitle = new("Brug:", "Usage:");
    public static readonly LocalizedText HelpArgumentsTitle = new("Argumenter:", "Arguments:");
    public static readonly LocalizedText HelpOptionsTitle = new("Indstillinger:", "Options:");
    public static readonly LocalizedText HelpCommandsTitle = new("Kommandoer:", "Commands:");
    public static readonly LocalizedText HelpUsageOptions = new("indstillinger", "options");
    public static readonly LocalizedText HelpUsageCommand = new("kommando", "command");
    public static readonly LocalizedText HelpOptionDescription = new("Vis hjælp og brug.", "Show help and usage information.");
    public static readonly LocalizedText VersionOptionDescription = new("Vis versionen.", "Show version information.");
    public static readonly LocalizedText CommandMissing = new(
        "Angiv en kommando: export, inspect eller store (se altid-export --help).",
        "Name a command: export, inspect or store (see altid-export --help).");
    public static readonly LocalizedText FileMissing = new(
        "Angiv filen: altid-export {0} FIL (se altid-export {0} --help).",
        "Name the file: altid-export {0} FILE (see altid-export {0} --help).");
    public static readonly LocalizedText OptionNeedsValue = new(
        "{0} skal have præcis én værdi (se altid-export {1} --help).",
        "{0} takes exactly one value (see altid-export {1} --help).");
    public static readonly LocalizedText StoreDescription = new(
        "Certifikater, der allerede ligger i Windows' certifikatlager (CurrentUser\\My og LocalMachine\\My); kun den offentlige del læses.",
        "Certificates already in the Windows certificate store (CurrentUser\\My and LocalMachine\\My); only the public part is read.");
    public static readonly LocalizedText StoreListDescription = new(
        "Vis OCES3 organisations- og systemcertifikaterne i certifikatlageret, de bedst egnede først.",
        "List the OCES3 organisation and system certificates in the certificate store, the most suitable first.");
    public static readonly LocalizedText StoreAllDescription = new("Vis også alle andre certifikater.", "Also list every other certificate.");
    public static readonly LocalizedText StoreExportDescription = new(
        "Skriv certifikatet med dette SHA-256-fingeraftryk som <certifikatnavn>.cer (DER).",
        "Write the certificate with this SHA-256 fingerprint as <certificate name>.cer (DER).");
    public static readonly LocalizedText StoreFingerprintDescription = new(
        "SHA-256-fingeraftrykket, som store list og inspect viser det, med eller uden koloner.",
        "The SHA-256 fingerprint as store list and inspect show it, with or without colons.");
    public static readonly LocalizedText StoreOutDescription = new(
        "Skriv .cer-filen i denne mappe (ellers i den aktuelle mappe).", "Write the .cer file into this folder (otherwise the current folder).");
    public static readonly LocalizedText StoreStatus = new("AltID", "AltID");
    public static readonly LocalizedText StoreLocation = new("Lager", "Store");
    public static readonly LocalizedText StoreNone = new(
        "Ingen OCES3 organisations- eller systemcertifikater i certifikatlageret.",
        "No OCES3 organisation or system certificates in the certificate store.");
    public static readonly LocalizedText StoreHidden = new(
        "Andre certifikater end OCES3 organisations- og systemcertifikater: {0}; vis dem med --all.",
        "Certificates other than OCES3 organisation and system certificates: {0}; list them with --all.");
    public static readonly LocalizedText StoreUnreadable = new(
        "{0} kunne ikke læses (ingen adgang, eller det findes ikke her).", "{0} could not be read (no access, or it does not exist here).");
    public static readonly LocalizedText StoreNotFound = new(
        "Intet certifikat med SHA-256-fingeraftrykket {0} i certifikatlageret. Se dem med: altid-export store list --all",
        "No certificate with the SHA-256 fingerprint {0} in the certificate store. List them with: altid-export store list --all");

    public static readonly LocalizedText PasswordPrompt = new("Adgangskode til {0}: ", "Password for {0}: ");
    public static readonly LocalizedText NoPassword = new(
        "Ingen adgangskode: brug --password-stdin, miljøvariablen ALTID_PASSWORD eller kør i en terminal.",
        "No password: use --password-stdin, the ALTID_PASSWORD environment variable, or run in a terminal.");
    public static readonly LocalizedText PasswordOnCommandLine = new(
        "Adgangskoden gives aldrig på kommandolinjen, hvor andre kan læse den: brug --password-stdin eller miljøvariablen ALTID_PASSWORD.",
        "The password is never given on the command line, where others can read it: use --password-stdin or the ALTID_PASSWORD environment variable.");
    public static readonly LocalizedText NotACommand = new(
        "Argument {0} er ikke en kommando, som altid-export kender: brug export, inspect, store list eller store export (se altid-export --help).",
        "Argument {0} is not a command altid-export knows: use export, inspect, store list or store export (see altid-export --help).");
    public static readonly LocalizedText UnknownOption = new(
        "Argument {0} er ikke en indstilling, som altid-export {1} kender; se altid-export {1} --help. Det gentages ikke her, for det kan være en adgangskode.",
        "Argument {0} is not an option altid-export {1} knows; see altid-export {1} --help. It is not repeated here, as it may be a password.");
    public static readonly LocalizedText OneFileTooMany = new(
        "Argument {0} er én fil for meget: altid-export {1} tager én fil.",
        "Argument {0} is one file too many: altid-export {1} takes one file.");
    public static readonly LocalizedText NotAFile = new(
        "Argument {0} er ikke en fil, der findes. Det gentages ikke her, for det kan være en adgangskode.",
        "Argument {0} is not a file that exists. It is not repeated here, as it may be a password.");
    public static readonly LocalizedText OutFolderMissing = new(
        "Mappen i --out findes ikke. Opret den først, eller vælg en anden.",
        "The folder given to --out does not exist. Create it first, or choose another.");
    public static readonly LocalizedText AnotherPassword = new(
        "Adgangskoden til den forrige fil åbner ikke {0}; den har sin egen.",
        "The password for the previous file does not open {0}; it has its own.");
    public static readonly LocalizedText TryAgain = new("Prøv igen.", "Try again.");

    public static readonly LocalizedText Exported = new("Eksporteret: {0}", "Exported: {0}");
    public static readonly LocalizedText Replaced = new("Erstattet: {0}", "Replaced: {0}");
    public static readonly LocalizedText AlreadyExported = new(
        "Allerede eksporteret (samme certifikat findes): {0}", "Already exported (the same certificate is there): {0}");
    public static readonly LocalizedText Failed = new("Fejl ({0}): {1}", "Error ({0}): {1}");
    public static readonly LocalizedText Warning = new("Advarsel: {0}", "Warning: {0}");
    public static readonly LocalizedText Candidate = new("  Mulighed: --certificate {0}  ({1})", "  Choice: --certificate {0}  ({1})");
    public static readonly LocalizedText OutputExistsHint = new(
        "  Brug --keep-both for at beholde begge eller --replace for at erstatte.",
        "  Use --keep-both to keep both or --replace to replace it.");
    public static readonly LocalizedText CerFormat = new("Format", "Format");
    public static readonly LocalizedText CerHoldsOtherData = new(
        "PAS PÅ: Filen indeholder andre data end certifikaterne, måske en nøgle. Upload den ikke; eksportér en ren .cer fra .p12-filen.",
        "CAUTION: The file holds data besides its certificates, perhaps a key. Do not upload it; export a clean .cer from the .p12 file.");
    public static readonly LocalizedText CerNoPrivateKey = new("Ingen privat nøgle i filen.", "No private key in the file.");
    public static readonly LocalizedText CerPkcs7 = new(
        "Filen er en PKCS#7-samling (.p7b). AltID forventer én .cer; eksportér den med altid-export export.",
        "The file is a PKCS#7 bundle (.p7b). AltID expects a single .cer; export it with altid-export export.");
    /// <summary>Inspect's own warning, then whom it concerns: printed after "Exported: x.cer" it could be read as said of the .cer.</summary>
    public static readonly LocalizedText SourceHoldsPrivateKey = new(
        CertificateText.HoldsPrivateKey.Danish + " Det gælder den fil, der blev eksporteret fra; .cer-filen indeholder kun certifikatet.",
        CertificateText.HoldsPrivateKey.English + " This is about the file exported from; the .cer holds only the certificate.");
    public static readonly LocalizedText SourceHasOtherData = new(
        "Bemærk: Den fil, der blev eksporteret fra, indeholder andre data end certifikaterne; kun certifikatet er skrevet.",
        "Note: The file exported from holds other data besides its certificates; only the certificate was written.");
    public static readonly LocalizedText CerSeveral = new(
        "Filen indeholder {0} certifikater; AltID forventer ét.", "The file holds {0} certificates; AltID expects one.");
    public static readonly LocalizedText CerPem = new(
        "Filen er PEM (Base64). AltIDs vejledning beder om DER; eksportér med altid-export uden --pem.",
        "The file is PEM (Base64). The AltID guide asks for DER; export with altid-export without --pem.");
}

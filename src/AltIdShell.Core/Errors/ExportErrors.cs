using System;
using System.Collections.Generic;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Errors;

/// <summary>Builds each <see cref="ExportException"/> with its Danish and English message, in one place.</summary>
internal static class ExportErrors
{
    public static ExportException WrongPassword() => new(ExportErrorKind.WrongPassword, new LocalizedText(
        "Adgangskoden er forkert. Brug den adgangskode, der blev valgt, da certifikatet blev hentet i MitID Erhverv.",
        "The password is wrong. Use the password chosen when the certificate was downloaded from MitID Erhverv."));

    public static ExportException NotPkcs12(LocalizedText reason) => new(ExportErrorKind.NotPkcs12, new LocalizedText(
        "Filen er ikke en .p12/.pfx-certifikatfil (PKCS#12): " + reason.Danish,
        "The file is not a .p12/.pfx certificate file (PKCS#12): " + reason.English));

    public static ExportException NotACertificate(LocalizedText reason) => new(ExportErrorKind.NotACertificate, new LocalizedText(
        "Filen er ikke et certifikat (.cer): " + reason.Danish,
        "The file is not a certificate (.cer): " + reason.English));

    /// <summary>Damaged in the ASN.1 structure of that name (PFX, SafeContents), which reads the same in both languages.</summary>
    public static ExportException Corrupt(string structure, Exception? inner = null) => Corrupt(new LocalizedText(structure, structure), inner);

    public static ExportException Corrupt(LocalizedText where, Exception? inner = null) => new(ExportErrorKind.Corrupt, new LocalizedText(
        "Filen er beskadiget eller afkortet ({0}). Hent certifikatet igen fra MitID Erhverv.",
        "The file is damaged or truncated ({1}). Download the certificate again from MitID Erhverv.").Format(where.Danish, where.English), inner);

    public static ExportException Pbmac1WithoutKeyLength() => new(ExportErrorKind.Corrupt, new LocalizedText(
        "Filens adgangskodekontrol (PBMAC1) angiver ikke nøglelængden, som RFC 9579 kræver. Filen åbnes ikke, for uden den kan en forfalsket fil slippe igennem kontrollen.",
        "The file's password check (PBMAC1) does not state its key length, as RFC 9579 requires. The file is not opened: without it, a forged file could pass the check."));

    public static ExportException Pbmac1KeyTooShort(int keyBytes, int hmacBytes) => new(ExportErrorKind.Corrupt, new LocalizedText(
        "Filens adgangskodekontrol (PBMAC1) bruger en nøgle på {0} byte, men skal bruge mindst {1}. Filen åbnes ikke, for med så kort en nøgle kan en forfalsket fil slippe igennem kontrollen.",
        "The file's password check (PBMAC1) uses a key of {0} bytes where at least {1} are needed. The file is not opened: with so short a key, a forged file could pass the check.").Format(keyBytes, hmacBytes));

    public static ExportException UnsupportedAlgorithm(string algorithm) => new(ExportErrorKind.UnsupportedAlgorithm, new LocalizedText(
        "Filen bruger en krypteringsmetode, som AltIdShell ikke understøtter: {0}.",
        "The file uses an encryption method AltIdShell does not support: {0}.").Format(algorithm));

    public static ExportException LimitExceeded(LocalizedText what, object value, long limit) => new(ExportErrorKind.LimitExceeded, new LocalizedText(
        "Filen overskrider en sikkerhedsgrænse og åbnes ikke: {0} er {2}, højst {3} er tilladt.",
        "The file exceeds a safety limit and is not opened: {1} is {2}, at most {3} is allowed.").Format(what.Danish, what.English, value, limit));

    public static ExportException NoCertificate() => new(ExportErrorKind.NoCertificate, new LocalizedText(
        "Filen indeholder intet certifikat.",
        "The file contains no certificate."));

    public static ExportException OnlyCaCertificates() => new(ExportErrorKind.OnlyCaCertificates, new LocalizedText(
        "Filen indeholder kun CA-certifikater (udstedere), ikke organisationens eget certifikat.",
        "The file contains only CA (issuer) certificates, not the organisation's own certificate."));

    public static ExportException SeveralCertificates(IReadOnlyList<CertificateSummary> candidates) =>
        new(ExportErrorKind.SeveralCertificates, new LocalizedText(
            "Filen indeholder {0} forskellige certifikater. Vælg det, der skal eksporteres.",
            "The file contains {0} different certificates. Choose the one to export.").Format(candidates.Count))
        { Candidates = candidates };

    public static ExportException SelectedCertificateMissing(string fingerprint, IReadOnlyList<CertificateSummary> candidates) =>
        new(ExportErrorKind.SeveralCertificates, new LocalizedText(
            "Filen indeholder intet certifikat med SHA-256-fingeraftrykket {0}. Vælg et af dem, den indeholder.",
            "The file holds no certificate with the SHA-256 fingerprint {0}. Choose one of those it holds.").Format(fingerprint))
        { Candidates = candidates };

    public static ExportException OutputExists(string path) => new(ExportErrorKind.OutputExists, new LocalizedText(
        "Der findes allerede en anden fil med navnet {0}. Vælg at beholde begge eller at erstatte den.",
        "A different file named {0} already exists. Choose to keep both or to replace it.").Format(path))
    { ExistingPath = path };

    public static ExportException OutputIsInput(string source, string target) => new(ExportErrorKind.OutputIsInput, new LocalizedText(
        "Eksporten ville skrive .cer-filen {1} oven i selve den fil, der eksporteres fra ({0}), så intet er skrevet. Er det en .p12-fil, så giv den endelsen .p12; ellers skriv .cer-filen i en anden mappe, eller behold begge under et nummereret navn.",
        "The export would write the .cer file {1} over the very file it exports from ({0}), so nothing was written. If it is a .p12 file, give it the extension .p12; otherwise write the .cer file into another folder, or keep both under a numbered name.").Format(source, target));

    public static ExportException SourceNotFound(string path) => new(ExportErrorKind.SourceNotFound, new LocalizedText(
        "Filen findes ikke: {0}.",
        "The file does not exist: {0}.").Format(path));

    public static ExportException AccessDenied(string path, Exception inner) => new(ExportErrorKind.AccessDenied, new LocalizedText(
        "Adgang nægtet til {0}. Mappen er måske skrivebeskyttet; vælg en anden mappe.",
        "Access denied to {0}. The folder may be read-only; choose another folder.").Format(path), inner);

    public static ExportException ReadOnlyFile(string path, Exception inner) => new(ExportErrorKind.AccessDenied, new LocalizedText(
        "Filen {0} er skrivebeskyttet og blev ikke erstattet. Fjern skrivebeskyttelsen under Egenskaber, eller behold begge filer.",
        "The file {0} is marked read-only and was not replaced. Clear the read-only mark under Properties, or keep both files.").Format(path), inner);

    public static ExportException FileLocked(string path, Exception inner) => new(ExportErrorKind.FileLocked, new LocalizedText(
        "Filen {0} er i brug af et andet program. Luk programmet og prøv igen.",
        "The file {0} is in use by another program. Close that program and try again.").Format(path), inner);

    public static ExportException ReservedName(string path, string device) => new(ExportErrorKind.ReservedName, new LocalizedText(
        "Windows bruger navnet {1} til en enhed, ikke til en fil, så {0} kan hverken læses eller skrives. Omdøb filen, og prøv igen.",
        "Windows keeps the name {1} for a device, not a file, so {0} can be neither read nor written. Rename the file and try again.").Format(path, device));

    public static ExportException DiskFull(string path, Exception inner) => new(ExportErrorKind.DiskFull, new LocalizedText(
        "Der er ikke plads på drevet til {0}.",
        "There is no space left on the drive for {0}.").Format(path), inner);

    public static ExportException PathTooLong(string path, Exception inner) => new(ExportErrorKind.PathTooLong, new LocalizedText(
        "Stien er for lang til dette system: {0}.",
        "The path is too long for this system: {0}.").Format(path), inner);

    public static ExportException Io(string path, Exception inner) => new(ExportErrorKind.Io, new LocalizedText(
        "Kunne ikke læse eller skrive {0}: {1}",
        "Could not read or write {0}: {1}").Format(path, inner.Message), inner);

    public static ExportException InputIsFolder(string path) => new(ExportErrorKind.NotARegularFile, new LocalizedText(
        "{0} er en mappe. Angiv selve .p12-filen.",
        "{0} is a folder. Name the .p12 file itself.").Format(path));

    public static ExportException OutputIsFolder(string path) => new(ExportErrorKind.NotARegularFile, new LocalizedText(
        "Der ligger en mappe med navnet {0}, hvor .cer-filen skulle skrives.",
        "There is a folder named {0} where the .cer file would be written.").Format(path));

    public static ExportException NotARegularFile(string path) => new(ExportErrorKind.NotARegularFile, new LocalizedText(
        "{0} er ikke en almindelig fil, men en FIFO, en enhed eller en socket, og hverken læses eller skrives.",
        "{0} is not a regular file but a FIFO, device or socket, and is neither read nor written.").Format(path));

    public static ExportException OutputFolderMissing(string path) => new(ExportErrorKind.OutputFolderMissing, new LocalizedText(
        "Der findes ingen mappe ved navn {0}. Opret den først, eller vælg en anden.",
        "There is no folder named {0}. Create it first, or choose another.").Format(path));
}

using System.Linq;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>The words for a certificate summary, shared by the CLI, the tray and the notification.</summary>
public static class CertificateText
{
    public static LocalizedText Organisation { get; } = new("Organisation", "Organisation");
    public static LocalizedText Cvr { get; } = new("CVR", "CVR");
    public static LocalizedText CertificateName { get; } = new("Certifikatnavn", "Certificate name");
    public static LocalizedText Kind { get; } = new("Type", "Type");
    public static LocalizedText Environment { get; } = new("Miljø", "Environment");
    public static LocalizedText ValidFrom { get; } = new("Gyldig fra", "Valid from");
    public static LocalizedText ValidUntil { get; } = new("Gyldig til", "Valid until");
    public static LocalizedText SerialNumber { get; } = new("Serienummer", "Serial number");
    public static LocalizedText Issuer { get; } = new("Udsteder", "Issuer");
    public static LocalizedText Sha256 { get; } = new("SHA-256", "SHA-256");
    public static LocalizedText Sha1 { get; } = new("SHA-1", "SHA-1");

    /// <summary>Said of every file found to hold a private key, whether it is being exported or inspected.</summary>
    public static LocalizedText HoldsPrivateKey { get; } = new(
        "FARE: Filen indeholder en privat nøgle. Upload eller del den aldrig.",
        "DANGER: The file contains a private key. Never upload or share it.");

    // The verdict sentence: an unsuitable certificate's says why; the others' say who issued it, then how its
    // revocation stands.
    public static LocalizedText VerdictRenewFirst { get; } = new(
        "Forny certifikatet først: det udløber {0}.",
        "Renew the certificate first: it expires {0}.");
    public static LocalizedText VerdictUnsuitable { get; } = new(
        "Ikke egnet til AltIDs modtagerregister.",
        "Not suitable for the AltID recipient register.");
    public static LocalizedText VerdictSuitable { get; } = new(
        "Egnet til AltIDs modtagerregister: udstedt af Den Danske Stats OCES-CA (signaturen er verificeret)",
        "Suitable for the AltID recipient register: issued by the Danish state's OCES CA (signature verified)");
    public static LocalizedText VerdictTestOnly { get; } = new(
        "Kun til testmiljøet i AltIDs modtagerregister: et testcertifikat fra Den Danske Stats OCES-CA (signaturen er verificeret)",
        "For the AltID recipient register's test environment only: a test certificate from the Danish state's OCES CA (signature verified)");
    public static LocalizedText VerdictNotRevoked { get; } = new(", ikke spærret (OCSP).", ", not revoked (OCSP).");
    public static LocalizedText VerdictRevocationUnknown { get; } = new("; spærring ikke bekræftet.", "; revocation not confirmed.");
    public static LocalizedText VerdictRevocationNotChecked { get; } = new("; spærring ikke kontrolleret.", "; revocation not checked.");

    public static LocalizedText ShortSuitable { get; } = new("Egnet (produktion)", "Suitable (production)");
    public static LocalizedText ShortTestOnly { get; } = new("Kun til test", "Test only");
    public static LocalizedText ShortUnsuitable { get; } = new("Ikke egnet", "Unsuitable");

    public static LocalizedText KindOces3OrganisationOrSystem { get; } = new("OCES3-organisations- eller -systemcertifikat", "OCES3 organisation/system certificate");
    public static LocalizedText KindOces3Employee { get; } = new("OCES3-medarbejdercertifikat", "OCES3 employee certificate");
    public static LocalizedText KindOces2 { get; } = new("OCES2 (udfaset)", "OCES2 (retired)");
    public static LocalizedText KindOces1 { get; } = new("OCES1 (udfaset)", "OCES1 (retired)");
    public static LocalizedText KindNotOces { get; } = new("Ikke et OCES-certifikat", "Not an OCES certificate");

    public static LocalizedText EnvironmentProduction { get; } = new("Produktion", "Production");
    public static LocalizedText EnvironmentTest { get; } = new("Test", "Test");
    // Also shown without the "Environment" label beside it (the notification's "Valid until … · Unknown environment").
    public static LocalizedText EnvironmentUnknown { get; } = new("Ukendt miljø", "Unknown environment");

    /// <summary>The verdict in one sentence, saying what was verified and what was not; shown before anything else.</summary>
    public static LocalizedText Verdict(CertificateSummary summary)
    {
        var verdict = summary.AltId;
        if (verdict.Kind == VerdictKind.Unsuitable)
            return verdict.Reasons.FirstOrDefault() == CertificateWarning.RenewFirst
                ? VerdictRenewFirst.Format(CertificateWarningText.When(summary.DaysUntilExpiry))
                : VerdictUnsuitable;
        var head = verdict.Kind == VerdictKind.Suitable ? VerdictSuitable : VerdictTestOnly;
        var revocation = verdict.Revocation switch
        {
            RevocationStatus.Good => VerdictNotRevoked,
            RevocationStatus.Unknown => VerdictRevocationUnknown,
            _ => VerdictRevocationNotChecked,
        };
        return new LocalizedText(head.Danish + revocation.Danish, head.English + revocation.English);
    }

    /// <summary>The verdict in a word or two, for a list column or a menu entry.</summary>
    public static LocalizedText ShortVerdict(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Suitable => ShortSuitable,
        VerdictKind.TestOnly => ShortTestOnly,
        _ => ShortUnsuitable,
    };

    public static LocalizedText For(CertificateKind kind) => kind switch
    {
        CertificateKind.Oces3OrganisationOrSystem => KindOces3OrganisationOrSystem,
        CertificateKind.Oces3Employee => KindOces3Employee,
        CertificateKind.Oces2 => KindOces2,
        CertificateKind.Oces1 => KindOces1,
        _ => KindNotOces,
    };

    public static LocalizedText For(CertificateEnvironment environment) => environment switch
    {
        CertificateEnvironment.Production => EnvironmentProduction,
        CertificateEnvironment.Test => EnvironmentTest,
        _ => EnvironmentUnknown,
    };
}

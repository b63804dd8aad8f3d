using System.Linq;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>The words for a certificate summary, shared by the CLI, the tray and the notification.</summary>
public static class CertificateText
{
    public static readonly LocalizedText Organisation = new("Organisation", "Organisation");
    public static readonly LocalizedText Cvr = new("CVR", "CVR");
    public static readonly LocalizedText CertificateName = new("Certifikatnavn", "Certificate name");
    public static readonly LocalizedText Kind = new("Type", "Type");
    public static readonly LocalizedText Environment = new("Miljø", "Environment");
    public static readonly LocalizedText ValidFrom = new("Gyldig fra", "Valid from");
    public static readonly LocalizedText ValidUntil = new("Gyldig til", "Valid until");
    public static readonly LocalizedText SerialNumber = new("Serienummer", "Serial number");
    public static readonly LocalizedText Issuer = new("Udsteder", "Issuer");
    public static readonly LocalizedText Sha256 = new("SHA-256", "SHA-256");
    public static readonly LocalizedText Sha1 = new("SHA-1", "SHA-1");

    /// <summary>Said of every file found to hold a private key, whether it is being exported or inspected.</summary>
    public static readonly LocalizedText HoldsPrivateKey = new(
        "FARE: Filen indeholder en privat nøgle. Upload eller del den aldrig.",
        "DANGER: The file contains a private key. Never upload or share it.");


    /// <summary>The verdict in one sentence, saying what was verified and what was not; shown before anything else.</summary>
    public static LocalizedText Verdict(CertificateSummary summary)
    {
        var verdict = summary.AltId;
        if (verdict.Kind == VerdictKind.Unsuitable)
            return verdict.Reasons.FirstOrDefault() == CertificateWarning.RenewFirst
                ? new LocalizedText("Forny certifikatet først: det udløber om {0} dage.", "Renew the certificate first: it expires in {0} days.")
                    .Format(summary.DaysUntilExpiry)
                : new LocalizedText("Ikke egnet til AltIDs modtagerregister.", "Not suitable for the AltID recipient register.");
        var head = verdict.Kind == VerdictKind.Suitable
            ? new LocalizedText(
                "Egnet til AltIDs modtagerregister: udstedt af Den Danske Stats OCES-CA (signaturen er verificeret)",
                "Suitable for the AltID recipient register: issued by the Danish state's OCES CA (signature verified)")
            : new LocalizedText(
                "Kun til testmiljøet i AltIDs modtagerregister: et testcertifikat fra Den Danske Stats OCES-CA (signaturen er verificeret)",
                "For the AltID recipient register's test environment only: a test certificate from the Danish state's OCES CA (signature verified)");
        var revocation = verdict.Revocation switch
        {
            RevocationStatus.Good => new LocalizedText(", ikke spærret (OCSP).", ", not revoked (OCSP)."),
            RevocationStatus.Unknown => new LocalizedText("; spærring ikke bekræftet.", "; revocation not confirmed."),
            _ => new LocalizedText("; spærring ikke kontrolleret.", "; revocation not checked."),
        };
        return new LocalizedText(head.Danish + revocation.Danish, head.English + revocation.English);
    }

    /// <summary>The verdict in a word or two, for a list column or a menu entry.</summary>
    public static LocalizedText ShortVerdict(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Suitable => new("Egnet (produktion)", "Suitable (production)"),
        VerdictKind.TestOnly => new("Kun til test", "Test only"),
        _ => new("Ikke egnet", "Unsuitable"),
    };

    public static LocalizedText For(CertificateKind kind) => kind switch
    {
        CertificateKind.Oces3OrganisationOrSystem => new("OCES3 organisations-/systemcertifikat", "OCES3 organisation/system certificate"),
        CertificateKind.Oces3Employee => new("OCES3 medarbejdercertifikat", "OCES3 employee certificate"),
        CertificateKind.Oces2 => new("OCES2 (udfaset)", "OCES2 (retired)"),
        CertificateKind.Oces1 => new("OCES1 (udfaset)", "OCES1 (retired)"),
        _ => new("Ikke et OCES-certifikat", "Not an OCES certificate"),
    };

    public static LocalizedText For(CertificateEnvironment environment) => environment switch
    {
        CertificateEnvironment.Production => new("Produktion", "Production"),
        CertificateEnvironment.Test => new("Test", "Test"),
        _ => new("Ukendt", "Unknown"),
    };
}

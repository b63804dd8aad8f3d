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

    /// <summary>One sentence on whether to upload it, and where.</summary>
    public static LocalizedText Verdict(CertificateSummary summary) => !summary.SuitsAltId
        ? new("Certifikatet egner sig ikke til AltIDs modtagerregister; se advarslerne.",
            "The certificate does not suit the AltID recipient register; see the warnings.")
        : summary.Environment == CertificateEnvironment.Test
            ? new("Certifikatet egner sig kun til AltIDs modtagerregister i testmiljøet.",
                "The certificate suits only the AltID recipient register's test environment.")
            : new("Certifikatet egner sig til AltIDs modtagerregister.",
                "The certificate suits the AltID recipient register.");

    public static LocalizedText For(CertificateKind kind) => kind switch
    {
        CertificateKind.Oces3OrganisationOrSystem => new("OCES3 organisations-/systemcertifikat", "OCES3 organisation/system certificate"),
        CertificateKind.Oces3Employee => new("OCES3 medarbejdercertifikat", "OCES3 employee certificate"),
        CertificateKind.Oces2 => new("OCES2 (udfaset)", "OCES2 (retired)"),
        _ => new("Ikke et OCES-certifikat", "Not an OCES certificate"),
    };

    public static LocalizedText For(CertificateEnvironment environment) => environment switch
    {
        CertificateEnvironment.Production => new("Produktion", "Production"),
        CertificateEnvironment.Test => new("Test", "Test"),
        _ => new("Ukendt", "Unknown"),
    };
}

using System;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>Each warning in the words a user reads before uploading.</summary>
public static class CertificateWarningText
{
    public static LocalizedText Revoked { get; } = new(
        "Certifikatet er spærret ifølge OCES-CA'ets OCSP-tjeneste. Det kan ikke bruges; hent et nyt i MitID Erhverv.",
        "The certificate is revoked, says the OCES CA's OCSP service. It cannot be used; get a new one from MitID Erhverv.");
    public static LocalizedText IssuerNotVerified { get; } = new(
        "Certifikatet er ikke udstedt af Den Danske Stats OCES-CA (forfalsket eller ændret): det ligner et OCES3-certifikat, men signaturen passer ikke til OCES3-CA'ets certifikater.",
        "The certificate is not issued by the Danish state's OCES CA (forged or altered): it looks like an OCES3 certificate, but its signature does not verify under the OCES3 CA certificates.");
    /// <summary>{0}: when, from <see cref="When"/>; {1}: the last day.</summary>
    public static LocalizedText RenewFirst { get; } = new(
        "Certifikatet udløber {0} ({1:yyyy-MM-dd}). Forny certifikatet først i MitID Erhverv, og registrér det nye.",
        "The certificate expires {0} ({1:yyyy-MM-dd}). Renew the certificate first in MitID Erhverv and register the new one.");
    public static LocalizedText Oces1Certificate { get; } = new(
        "Dette er et udfaset OCES1-certifikat (TDC). AltID skal bruge et OCES3-certifikat fra MitID Erhverv.",
        "This is a retired OCES1 certificate (TDC). AltID needs an OCES3 certificate from MitID Erhverv.");
    public static LocalizedText RevocationUnknown { get; } = new(
        "OCES-CA'ets OCSP-tjeneste kender ikke certifikatet; det er ikke bekræftet, at det ikke er spærret.",
        "The OCES CA's OCSP service does not know the certificate; that it is not revoked is not confirmed.");
    public static LocalizedText RevocationAnswerStale { get; } = new(
        "Spærring ikke kontrolleret: OCES-CA'ets OCSP-tjeneste svarede, men svaret kunne ikke godkendes, fordi det ikke er aktuelt (et gammelt svar kan være sendt igen).",
        "Revocation not checked: the OCES CA's OCSP service answered, but the answer could not be trusted because it is not current (an old answer may have been replayed).");
    public static LocalizedText RevocationAnswerWrongSigner { get; } = new(
        "Spærring ikke kontrolleret: OCES-CA'ets OCSP-tjeneste svarede, men svaret kunne ikke godkendes, fordi det hverken er underskrevet af OCES-CA'et eller af en gyldig OCSP-tjeneste, som CA'et har udpeget.",
        "Revocation not checked: the OCES CA's OCSP service answered, but the answer could not be trusted because it is signed neither by the OCES CA nor by a valid OCSP responder the CA appointed.");
    public static LocalizedText RevocationAnswerUnusable { get; } = new(
        "Spærring ikke kontrolleret: OCES-CA'ets OCSP-tjeneste svarede, men svaret kunne ikke godkendes, fordi det ikke er et gyldigt OCSP-svar om dette certifikat.",
        "Revocation not checked: the OCES CA's OCSP service answered, but the answer could not be trusted because it is not a valid OCSP answer about this certificate.");
    public static LocalizedText RevocationNoAnswer { get; } = new(
        "Spærring ikke kontrolleret: OCES-CA'ets OCSP-tjeneste kunne ikke nås eller svarede ikke i tide (intet netværk, en firewall eller en proxy?).",
        "Revocation not checked: the OCES CA's OCSP service could not be reached or did not answer in time (no network, a firewall or a proxy?).");
    public static LocalizedText RevocationOffline { get; } = new(
        "Spærring ikke kontrolleret (offline).",
        "Revocation not checked (offline).");
    public static LocalizedText Expired { get; } = new(
        "Certifikatet er udløbet ({0:yyyy-MM-dd}). AltID kan ikke bruge det; hent et nyt i MitID Erhverv.",
        "The certificate expired on {0:yyyy-MM-dd}. AltID cannot use it; get a new one from MitID Erhverv.");
    public static LocalizedText NotYetValid { get; } = new(
        "Certifikatet er først gyldigt fra {0:yyyy-MM-dd}.",
        "The certificate is not valid until {0:yyyy-MM-dd}.");
    public static LocalizedText EmployeeCertificate { get; } = new(
        "Dette er et medarbejdercertifikat, udstedt til en person. AltID skal bruge organisationens system- eller organisationscertifikat.",
        "This is an employee certificate, issued to a person. AltID needs the organisation's system or organisation certificate.");
    public static LocalizedText Oces2Certificate { get; } = new(
        "Dette er et udfaset OCES2-certifikat. AltID skal bruge et OCES3-certifikat fra MitID Erhverv.",
        "This is a retired OCES2 certificate. AltID needs an OCES3 certificate from MitID Erhverv.");
    public static LocalizedText NotOces { get; } = new(
        "Certifikatet er ikke udstedt af Den Danske Stats OCES-CA. AltID skal bruge et OCES3-certifikat fra MitID Erhverv.",
        "The certificate is not issued by the Danish state's OCES CA. AltID needs an OCES3 certificate from MitID Erhverv.");
    public static LocalizedText TestCertificate { get; } = new(
        "Dette er et testcertifikat: kun til testmiljøet i AltIDs modtagerregister, ikke til produktion.",
        "This is a test certificate: for the AltID recipient register's test environment only, not for production.");
    /// <summary>{0}: when, from <see cref="When"/>; {1}: the last day.</summary>
    public static LocalizedText ExpiresSoon { get; } = new(
        "Certifikatet udløber {0} ({1:yyyy-MM-dd}). Forny det i MitID Erhverv i god tid.",
        "The certificate expires {0} ({1:yyyy-MM-dd}). Renew it in MitID Erhverv in good time.");

    // Danish and English both say one day differently from several.
    public static LocalizedText Today { get; } = new("i dag", "today");
    public static LocalizedText InOneDay { get; } = new("om 1 dag", "in 1 day");
    public static LocalizedText InDays { get; } = new("om {0} dage", "in {0} days");

    public static LocalizedText For(CertificateWarning warning, CertificateSummary summary) => warning switch
    {
        CertificateWarning.Revoked => Revoked,
        CertificateWarning.IssuerNotVerified => IssuerNotVerified,
        CertificateWarning.RenewFirst => RenewFirst.Format(When(summary.DaysUntilExpiry), summary.NotAfter),
        CertificateWarning.Oces1Certificate => Oces1Certificate,
        CertificateWarning.RevocationUnknown => RevocationUnknown,
        CertificateWarning.RevocationAnswerStale => RevocationAnswerStale,
        CertificateWarning.RevocationAnswerWrongSigner => RevocationAnswerWrongSigner,
        CertificateWarning.RevocationAnswerUnusable => RevocationAnswerUnusable,
        CertificateWarning.RevocationNoAnswer => RevocationNoAnswer,
        CertificateWarning.RevocationOffline => RevocationOffline,
        CertificateWarning.Expired => Expired.Format(summary.NotAfter),
        CertificateWarning.NotYetValid => NotYetValid.Format(summary.NotBefore),
        CertificateWarning.EmployeeCertificate => EmployeeCertificate,
        CertificateWarning.Oces2Certificate => Oces2Certificate,
        CertificateWarning.NotOces => NotOces,
        CertificateWarning.TestCertificate => TestCertificate,
        CertificateWarning.ExpiresSoon => ExpiresSoon.Format(When(summary.DaysUntilExpiry), summary.NotAfter),
        _ => throw new ArgumentOutOfRangeException(nameof(warning)),
    };

    /// <summary>"i dag", "om 1 dag", "om 3 dage": when a certificate with this many days left expires.</summary>
    public static LocalizedText When(int days) => days switch
    {
        0 => Today,
        1 => InOneDay,
        _ => InDays.Format(days),
    };
}

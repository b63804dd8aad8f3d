using System;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>Each warning in the words a user reads before uploading.</summary>
public static class CertificateWarningText
{
    public static LocalizedText For(CertificateWarning warning, CertificateSummary summary) => warning switch
    {
        CertificateWarning.Revoked => new LocalizedText(
            "Certifikatet er spærret ifølge OCES-CA'ets OCSP-tjeneste. Det kan ikke bruges; hent et nyt i MitID Erhverv.",
            "The certificate is revoked, says the OCES CA's OCSP service. It cannot be used; get a new one from MitID Erhverv."),
        CertificateWarning.IssuerNotVerified => new LocalizedText(
            "Certifikatet er ikke udstedt af Den Danske Stats OCES-CA (forfalsket eller ændret): det bærer OCES3-navne, men signaturen passer ikke til OCES3-CA'ets certifikater.",
            "The certificate is not issued by the Danish state's OCES CA (forged or altered): it carries OCES3 names, but its signature does not verify under the OCES3 CA certificates."),
        CertificateWarning.RenewFirst => new LocalizedText(
            "Certifikatet udløber om {0} dage ({1:yyyy-MM-dd}). Forny certifikatet først i MitID Erhverv, og registrér det nye.",
            "The certificate expires in {0} days ({1:yyyy-MM-dd}). Renew the certificate first in MitID Erhverv and register the new one.").Format(summary.DaysUntilExpiry, summary.NotAfter),
        CertificateWarning.Oces1Certificate => new LocalizedText(
            "Dette er et udfaset OCES1-certifikat (TDC). AltID skal bruge et OCES3-certifikat fra MitID Erhverv.",
            "This is a retired OCES1 certificate (TDC). AltID needs an OCES3 certificate from MitID Erhverv."),
        CertificateWarning.RevocationUnknown => new LocalizedText(
            "OCES-CA'ets OCSP-tjeneste kender ikke certifikatet; det er ikke bekræftet, at det ikke er spærret.",
            "The OCES CA's OCSP service does not know the certificate; that it is not revoked is not confirmed."),
        CertificateWarning.RevocationNoAnswer => new LocalizedText(
            "Spærring ikke kontrolleret: OCES-CA'ets OCSP-tjeneste gav intet troværdigt svar.",
            "Revocation not checked: the OCES CA's OCSP service gave no trustworthy answer."),
        CertificateWarning.RevocationOffline => new LocalizedText(
            "Spærring ikke kontrolleret (offline).",
            "Revocation not checked (offline)."),
        CertificateWarning.Expired => new LocalizedText(
            "Certifikatet er udløbet ({0:yyyy-MM-dd}). AltID kan ikke bruge det; hent et nyt i MitID Erhverv.",
            "The certificate expired on {0:yyyy-MM-dd}. AltID cannot use it; get a new one from MitID Erhverv.").Format(summary.NotAfter),
        CertificateWarning.NotYetValid => new LocalizedText(
            "Certifikatet er først gyldigt fra {0:yyyy-MM-dd}.",
            "The certificate is not valid until {0:yyyy-MM-dd}.").Format(summary.NotBefore),
        CertificateWarning.EmployeeCertificate => new LocalizedText(
            "Dette er et medarbejdercertifikat (en persons). AltID skal bruge organisationens system- eller organisationscertifikat.",
            "This is an employee certificate (a person's). AltID needs the organisation's system or organisation certificate."),
        CertificateWarning.Oces2Certificate => new LocalizedText(
            "Dette er et udfaset OCES2-certifikat. AltID skal bruge et OCES3-certifikat fra MitID Erhverv.",
            "This is a retired OCES2 certificate. AltID needs an OCES3 certificate from MitID Erhverv."),
        CertificateWarning.NotOces => new LocalizedText(
            "Certifikatet er ikke udstedt af Den Danske Stats OCES-CA. AltID skal bruge et OCES3-certifikat fra MitID Erhverv.",
            "The certificate is not issued by the Danish state's OCES CA. AltID needs an OCES3 certificate from MitID Erhverv."),
        CertificateWarning.TestCertificate => new LocalizedText(
            "Dette er et testcertifikat: kun til testmiljøet i AltIDs modtagerregister, ikke til produktion.",
            "This is a test certificate: for the AltID recipient register's test environment only, not for production."),
        CertificateWarning.ExpiresSoon => new LocalizedText(
            "Certifikatet udløber {0} ({1:yyyy-MM-dd}). Forny det i MitID Erhverv i god tid.",
            "The certificate expires {2} ({1:yyyy-MM-dd}). Renew it in MitID Erhverv in good time.")
            .Format(InDays(summary.DaysUntilExpiry).Danish, summary.NotAfter, InDays(summary.DaysUntilExpiry).English),
        _ => throw new ArgumentOutOfRangeException(nameof(warning)),
    };

    /// <summary>"i dag", "om 1 dag", "om 12 dage": Danish and English both say one day differently from several.</summary>
    private static LocalizedText InDays(int days) => days switch
    {
        0 => new LocalizedText("i dag", "today"),
        1 => new LocalizedText("om 1 dag", "in 1 day"),
        _ => new LocalizedText("om {0} dage", "in {0} days").Format(days),
    };
}

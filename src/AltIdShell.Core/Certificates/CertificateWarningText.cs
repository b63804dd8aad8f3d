using System;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>Each warning in the words a user reads before uploading.</summary>
public static class CertificateWarningText
{
    public static LocalizedText For(CertificateWarning warning, CertificateSummary summary) => warning switch
    {
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
            "Dette er et testcertifikat. Det virker kun i AltIDs testmiljø, ikke i produktion.",
            "This is a test certificate. It works only in AltID's test environment, not in production."),
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

namespace AltIdShell.Core.Certificates;

/// <summary>The weight of each reason, the one place the verdict's rules are written down.</summary>
public static class CertificateWarningSeverity
{
    public static WarningSeverity Of(CertificateWarning warning) => warning switch
    {
        CertificateWarning.TestCertificate => WarningSeverity.Register,
        CertificateWarning.ExpiresSoon or CertificateWarning.RevocationUnknown or CertificateWarning.RevocationAnswerStale
            or CertificateWarning.RevocationAnswerWrongSigner or CertificateWarning.RevocationAnswerUnusable
            or CertificateWarning.RevocationNoAnswer or CertificateWarning.RevocationOffline => WarningSeverity.Caution,
        _ => WarningSeverity.Blocking,
    };
}

namespace AltIdShell.Core.Certificates;

/// <summary>A reason to pause before uploading the certificate; <see cref="CertificateWarningText"/> says it in words.</summary>
public enum CertificateWarning
{
    Expired,
    NotYetValid,
    EmployeeCertificate,
    Oces2Certificate,
    NotOces,
    TestCertificate,
    ExpiresSoon,
}

namespace AltIdShell.Core.Certificates;

/// <summary>
/// A reason in a verdict; <see cref="CertificateWarningText"/> says it in words and
/// <see cref="CertificateWarningSeverity"/> how much it weighs. Listed most serious first.
/// </summary>
public enum CertificateWarning
{
    Revoked,
    /// <summary>Names an OCES3 issuer but does not verify under the embedded OCES3 CA certificates.</summary>
    IssuerNotVerified,
    Expired,
    NotYetValid,
    /// <summary>Expires within <see cref="CertificateDescriber.RenewFirstDays"/> days: too late to register it.</summary>
    RenewFirst,
    EmployeeCertificate,
    Oces2Certificate,
    Oces1Certificate,
    NotOces,
    TestCertificate,
    ExpiresSoon,
    RevocationUnknown,
    /// <summary>The responder answered, but the answer is not current: too old (perhaps replayed) or dated ahead.</summary>
    RevocationAnswerStale,
    /// <summary>The responder answered, but neither the issuing CA nor a valid OCSP responder of that CA signed it.</summary>
    RevocationAnswerWrongSigner,
    /// <summary>The responder answered, but not with a usable OCSP answer about this certificate.</summary>
    RevocationAnswerUnusable,
    /// <summary>The responder could not be reached, or did not answer in time.</summary>
    RevocationNoAnswer,
    RevocationOffline,
}

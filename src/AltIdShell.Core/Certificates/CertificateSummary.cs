using System;

namespace AltIdShell.Core.Certificates;

/// <summary>What a user sees before uploading: who the certificate is for, the verdict, and its fingerprints.</summary>
/// <param name="Organisation">Subject O, without OCES2's " // CVR:…" tail.</param>
/// <param name="Cvr">The eight-digit CVR number, from organizationIdentifier NTRDK-… (OCES3) or serialNumber CVR:… (OCES2).</param>
/// <param name="CertificateName">Subject CN: the name chosen in MitID Erhverv.</param>
/// <param name="SerialNumber">Certificate serial number, upper-case hex.</param>
/// <param name="NotBefore">Start of the validity period.</param>
/// <param name="NotAfter">End of the validity period.</param>
/// <param name="Issuer">The issuer's name, as Windows shows it.</param>
/// <param name="Subject">The subject's name, as Windows shows it.</param>
/// <param name="Sha256Fingerprint">Upper-case hex, colon-separated, as Windows and OpenSSL show it.</param>
/// <param name="Sha1Fingerprint">Upper-case hex, colon-separated.</param>
/// <param name="Kind">The OCES generation and type it follows, if any.</param>
/// <param name="Environment">Production or test, by its issuer.</param>
/// <param name="Validity">Valid, expiring, expired or not yet valid at the moment described.</param>
/// <param name="DaysUntilExpiry">Whole days from the moment described until NotAfter; negative once expired.</param>
/// <param name="AltId">Whether it suits the AltID recipient register, what was verified, and why.</param>
public sealed record CertificateSummary(
    string? Organisation, string? Cvr, string CertificateName, string SerialNumber,
    DateTimeOffset NotBefore, DateTimeOffset NotAfter, string Issuer, string Subject,
    string Sha256Fingerprint, string Sha1Fingerprint,
    CertificateKind Kind, CertificateEnvironment Environment, ValidityState Validity, int DaysUntilExpiry,
    AltIdVerdict AltId)
{
    // Get-only, unlike the other members: no copy made with `with` may carry a verdict the engine did not reach.
    public AltIdVerdict AltId { get; } = AltId;
}

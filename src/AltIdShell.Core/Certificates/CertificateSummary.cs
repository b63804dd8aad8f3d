using System;

namespace AltIdShell.Core.Certificates;

/// <summary>What a user sees before uploading: who the certificate is for, the verdict, and its fingerprints.</summary>
public sealed class CertificateSummary
{
    public CertificateSummary(
        string? organisation, string? cvr, string certificateName, string serialNumber,
        DateTimeOffset notBefore, DateTimeOffset notAfter, string issuer, string subject,
        string sha256Fingerprint, string sha1Fingerprint,
        CertificateKind kind, CertificateEnvironment environment, ValidityState validity, int daysUntilExpiry,
        AltIdVerdict altId)
    {
        Organisation = organisation;
        Cvr = cvr;
        CertificateName = certificateName;
        SerialNumber = serialNumber;
        NotBefore = notBefore;
        NotAfter = notAfter;
        Issuer = issuer;
        Subject = subject;
        Sha256Fingerprint = sha256Fingerprint;
        Sha1Fingerprint = sha1Fingerprint;
        Kind = kind;
        Environment = environment;
        Validity = validity;
        DaysUntilExpiry = daysUntilExpiry;
        AltId = altId;
    }

    /// <summary>Subject O, without OCES2's " // CVR:…" tail.</summary>
    public string? Organisation { get; }
    /// <summary>The eight-digit CVR number, from organizationIdentifier NTRDK-… (OCES3) or serialNumber CVR:… (OCES2).</summary>
    public string? Cvr { get; }
    /// <summary>Subject CN: the name chosen in MitID Erhverv.</summary>
    public string CertificateName { get; }
    /// <summary>Certificate serial number, upper-case hex.</summary>
    public string SerialNumber { get; }
    public DateTimeOffset NotBefore { get; }
    public DateTimeOffset NotAfter { get; }
    public string Issuer { get; }
    public string Subject { get; }
    /// <summary>Upper-case hex, colon-separated, as Windows and OpenSSL show it.</summary>
    public string Sha256Fingerprint { get; }
    public string Sha1Fingerprint { get; }
    public CertificateKind Kind { get; }
    public CertificateEnvironment Environment { get; }
    public ValidityState Validity { get; }
    /// <summary>Whole days from the moment described until NotAfter; negative once expired.</summary>
    public int DaysUntilExpiry { get; }
    /// <summary>Whether it suits the AltID recipient register, what was verified, and why.</summary>
    public AltIdVerdict AltId { get; }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Recognises OCES certificates by issuer and subject profile (reference/oces3.md). Test and production OCES3
/// certificates differ only in the issuer's OU, which integrators call "the number one gotcha".
/// </summary>
public static class OcesProfile
{
    public const string CommonNameOid = "2.5.4.3";
    public const string SerialNumberOid = "2.5.4.5";
    public const string OrganisationOid = "2.5.4.10";
    public const string OrganisationalUnitOid = "2.5.4.11";
    public const string OrganizationIdentifierOid = "2.5.4.97";

    public const string Oces3OrganisationPolicy = "1.2.208.169.1.1.1.3.7";
    public const string Oces3EmployeePolicy = "1.2.208.169.1.1.1.2.7";

    private const string Oces3IssuerPrefix = "Den Danske Stat OCES udstedende-CA";
    private static readonly Regex Oces3Cvr = new(@"^NTRDK-(\d{8})$", RegexOptions.CultureInvariant);
    private static readonly Regex Oces2Cvr = new(@"CVR:(\d{8})", RegexOptions.CultureInvariant);
    private static readonly Regex Oces2OrganisationTail = new(@"\s*//\s*CVR:\d{8}\s*$", RegexOptions.CultureInvariant);

    /// <summary>By names and policies alone; <see cref="CertificateDescriber"/> demotes an OCES3 name that does not verify.</summary>
    public static (CertificateKind Kind, CertificateEnvironment Environment) Classify(
        DistinguishedName issuer, DistinguishedName subject, IReadOnlyCollection<string> policyOids)
    {
        var issuerName = issuer.Get(CommonNameOid) ?? string.Empty;
        if (issuerName.StartsWith(Oces3IssuerPrefix, StringComparison.Ordinal) && issuer.Get(OrganisationOid) == "Den Danske Stat")
        {
            var environment = issuer.GetAll(OrganisationalUnitOid).Any(ou => ou.StartsWith("Test", StringComparison.OrdinalIgnoreCase))
                ? CertificateEnvironment.Test
                : CertificateEnvironment.Production;
            return (Oces3Kind(subject, policyOids), environment);
        }

        // OCES2 (TRUST2408) and OCES1 (TDC): retired generations, still found on disks.
        var retired = issuerName.StartsWith("TRUST2408", StringComparison.Ordinal) ? CertificateKind.Oces2
            : issuerName.StartsWith("TDC OCES", StringComparison.Ordinal) ? CertificateKind.Oces1
            : (CertificateKind?)null;
        if (retired is { } generation)
        {
            var environment = issuerName.IndexOf("Systemtest", StringComparison.OrdinalIgnoreCase) >= 0
                ? CertificateEnvironment.Test
                : CertificateEnvironment.Production;
            return (generation, environment);
        }

        return (CertificateKind.Other, CertificateEnvironment.Unknown);
    }

    /// <summary>The eight-digit CVR number: NTRDK-… in OCES3, CVR:… in OCES2's serialNumber or O.</summary>
    public static string? Cvr(DistinguishedName subject)
    {
        var organisationId = subject.Get(OrganizationIdentifierOid);
        if (organisationId != null && Oces3Cvr.Match(organisationId) is { Success: true } oces3)
            return oces3.Groups[1].Value;
        foreach (var value in subject.GetAll(SerialNumberOid).Concat(subject.GetAll(OrganisationOid)))
        {
            if (Oces2Cvr.Match(value) is { Success: true } oces2)
                return oces2.Groups[1].Value;
        }
        return null;
    }

    /// <summary>Subject O, without OCES2's " // CVR:…" tail.</summary>
    public static string? Organisation(DistinguishedName subject) =>
        subject.Get(OrganisationOid) is string o ? Oces2OrganisationTail.Replace(o, string.Empty) : null;

    private static CertificateKind Oces3Kind(DistinguishedName subject, IReadOnlyCollection<string> policyOids)
    {
        var serial = subject.Get(SerialNumberOid) ?? string.Empty;
        if (serial.StartsWith("UI:DK-O:", StringComparison.Ordinal)
            || policyOids.Any(p => p == Oces3OrganisationPolicy || p.StartsWith(Oces3OrganisationPolicy + ".", StringComparison.Ordinal)))
            return CertificateKind.Oces3OrganisationOrSystem;
        if (serial.StartsWith("UI:DK-E:", StringComparison.Ordinal)
            || policyOids.Any(p => p == Oces3EmployeePolicy || p.StartsWith(Oces3EmployeePolicy + ".", StringComparison.Ordinal)))
            return CertificateKind.Oces3Employee;
        return CertificateKind.Other;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

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
    private const string Oces3CvrPrefix = "NTRDK-";
    private const string Oces2CvrPrefix = "CVR:";
    private const int CvrDigits = 8;

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
        if (organisationId != null && organisationId.Length == Oces3CvrPrefix.Length + CvrDigits
            && organisationId.StartsWith(Oces3CvrPrefix, StringComparison.Ordinal) && IsCvrAt(organisationId, Oces3CvrPrefix.Length))
            return organisationId.Substring(Oces3CvrPrefix.Length);
        foreach (var value in subject.GetAll(SerialNumberOid).Concat(subject.GetAll(OrganisationOid)))
        {
            if (Oces2CvrStart(value) is { } start)
                return value.Substring(start, CvrDigits);
        }
        return null;
    }

    /// <summary>Subject O, without OCES2's " // CVR:…" tail.</summary>
    public static string? Organisation(DistinguishedName subject) =>
        subject.Get(OrganisationOid) is string o ? WithoutOces2Tail(o) : null;

    // Plain string code rather than regular expressions: the Regex engine was a quarter of a megabyte of the native
    // CLI, whose start-up grows with its size (issue 18). Only ASCII digits count, as in a CVR number.
    private static bool IsCvrAt(string value, int start)
    {
        if (value.Length - start < CvrDigits)
            return false;
        for (var i = start; i < start + CvrDigits; i++)
        {
            if (value[i] is < '0' or > '9')
                return false;
        }
        return true;
    }

    // Where the digits of the first "CVR:" followed by eight digits start, or null.
    private static int? Oces2CvrStart(string value)
    {
        for (var at = value.IndexOf(Oces2CvrPrefix, StringComparison.Ordinal); at >= 0;
             at = value.IndexOf(Oces2CvrPrefix, at + 1, StringComparison.Ordinal))
        {
            if (IsCvrAt(value, at + Oces2CvrPrefix.Length))
                return at + Oces2CvrPrefix.Length;
        }
        return null;
    }

    // "Firma A/S // CVR:12345678" → "Firma A/S": the tail is "//", "CVR:" and eight digits, with any white space around.
    private static string WithoutOces2Tail(string organisation)
    {
        var end = organisation.TrimEnd();
        var digits = end.Length - CvrDigits;
        var prefix = digits - Oces2CvrPrefix.Length;
        if (prefix < 0 || !IsCvrAt(end, digits) || string.CompareOrdinal(end, prefix, Oces2CvrPrefix, 0, Oces2CvrPrefix.Length) != 0)
            return organisation;
        var beforeCvr = end.Substring(0, prefix).TrimEnd();
        return beforeCvr.EndsWith("//", StringComparison.Ordinal) ? beforeCvr.Substring(0, beforeCvr.Length - 2).TrimEnd() : organisation;
    }

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

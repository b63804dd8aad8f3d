using System;
using System.Collections.Generic;
using System.Linq;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Digests;

namespace AltIdShell.Core.Certificates;

/// <summary>Turns a DER certificate into what the user reads before uploading it (<see cref="CertificateSummary"/>), verdict first.</summary>
public static class CertificateDescriber
{
    /// <summary>From how many days before NotAfter we warn that the certificate expires soon.</summary>
    public const int ExpiresSoonDays = 60;

    /// <summary>Below this many days left, registering the certificate is pointless: renew it first.</summary>
    public const int RenewFirstDays = 7;

    /// <summary>Describes the certificate as of <paramref name="now"/>, offline, against the embedded OCES3 anchors.</summary>
    public static CertificateSummary Describe(byte[] der, DateTimeOffset now) => Describe(der, now, CertificateChecks.Offline);

    /// <summary>Describes the certificate as of <paramref name="now"/>. Throws ExportException (Corrupt) for a non-certificate.</summary>
    public static CertificateSummary Describe(byte[] der, DateTimeOffset now, CertificateChecks checks)
    {
        var certificate = X509Parsing.Parse(der);
        var subject = DistinguishedName.From(certificate.Subject);
        var issuer = DistinguishedName.From(certificate.Issuer);
        var (kind, environment) = OcesProfile.Classify(issuer, subject, PolicyOids(certificate));
        var reasons = new List<CertificateWarning>();

        var issuingCa = IssuerVerifier.VerifiedIssuingCa(certificate, checks.Anchors);
        if (issuingCa is null && kind is CertificateKind.Oces3OrganisationOrSystem or CertificateKind.Oces3Employee)
        {
            // An OCES3 name without the OCES3 signature: forged or altered, and nothing it says about itself counts.
            (kind, environment) = (CertificateKind.Other, CertificateEnvironment.Unknown);
            reasons.Add(CertificateWarning.IssuerNotVerified);
        }

        var notBefore = new DateTimeOffset(DateTime.SpecifyKind(certificate.NotBefore, DateTimeKind.Utc));
        var notAfter = new DateTimeOffset(DateTime.SpecifyKind(certificate.NotAfter, DateTimeKind.Utc));
        var daysLeft = (int)Math.Floor((notAfter - now).TotalDays);
        var validity = now < notBefore ? ValidityState.NotYetValid
            : now > notAfter ? ValidityState.Expired
            : daysLeft < ExpiresSoonDays ? ValidityState.ExpiresSoon
            : ValidityState.Valid;
        reasons.AddRange(ProfileReasons(kind, environment, validity, daysLeft, forged: reasons.Count > 0));

        var revocation = RevocationStatus.NotChecked;
        if (issuingCa != null)
        {
            var answer = checks.Revocation?.Check(certificate, issuingCa) ?? RevocationAnswer.NotChecked(CertificateWarning.RevocationOffline);
            revocation = answer.Status;
            if (answer.Reason is { } reason)
                reasons.Add(reason);
        }

        return new CertificateSummary(
            OcesProfile.Organisation(subject),
            OcesProfile.Cvr(subject),
            subject.Get(OcesProfile.CommonNameOid) ?? subject.ToString(),
            Fingerprint.Hex(certificate.SerialNumber.ToByteArrayUnsigned(), separator: null),
            notBefore, notAfter, issuer.ToString(), subject.ToString(),
            Fingerprint.Of(new Sha256Digest(), der), Fingerprint.Of(new Sha1Digest(), der),
            kind, environment, validity, daysLeft, AltIdVerdict.From(issuingCa != null, revocation, reasons));
    }

    private static IEnumerable<CertificateWarning> ProfileReasons(CertificateKind kind, CertificateEnvironment environment, ValidityState validity, int daysLeft, bool forged)
    {
        if (validity == ValidityState.Expired)
            yield return CertificateWarning.Expired;
        if (validity == ValidityState.NotYetValid)
            yield return CertificateWarning.NotYetValid;
        if (validity == ValidityState.ExpiresSoon)
            yield return daysLeft < RenewFirstDays ? CertificateWarning.RenewFirst : CertificateWarning.ExpiresSoon;
        if (kind == CertificateKind.Oces3Employee)
            yield return CertificateWarning.EmployeeCertificate;
        if (kind == CertificateKind.Oces2)
            yield return CertificateWarning.Oces2Certificate;
        if (kind == CertificateKind.Oces1)
            yield return CertificateWarning.Oces1Certificate;
        if (kind == CertificateKind.Other && !forged)
            yield return CertificateWarning.NotOces;
        if (environment == CertificateEnvironment.Test)
            yield return CertificateWarning.TestCertificate;
    }

    private static IReadOnlyCollection<string> PolicyOids(ParsedCertificate certificate)
    {
        try
        {
            if (certificate.Extension(X509Extensions.CertificatePolicies) is not { } extension)
                return Array.Empty<string>();
            var policies = CertificatePolicies.GetInstance(extension);
            return policies.GetPolicyInformation().Select(p => p.PolicyIdentifier.Id).ToList();
        }
        catch (Exception e) when (e is ArgumentException or System.IO.IOException)
        {
            // A malformed policies extension says nothing about the profile; classify by name alone.
            return Array.Empty<string>();
        }
    }
}

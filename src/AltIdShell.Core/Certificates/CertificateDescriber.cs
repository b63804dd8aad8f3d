using System;
using System.Collections.Generic;
using System.Linq;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.X509.Extension;

namespace AltIdShell.Core.Certificates;

/// <summary>Turns a DER certificate into what the user reads before uploading it (<see cref="CertificateSummary"/>).</summary>
public static class CertificateDescriber
{
    /// <summary>From how many days before NotAfter we warn that the certificate expires soon.</summary>
    public const int ExpiresSoonDays = 30;

    /// <summary>Describes the certificate as of <paramref name="now"/>. Throws ExportException (Corrupt) for a non-certificate.</summary>
    public static CertificateSummary Describe(byte[] der, DateTimeOffset now)
    {
        var certificate = X509Parsing.Parse(der);
        var subject = DistinguishedName.From(certificate.SubjectDN);
        var issuer = DistinguishedName.From(certificate.IssuerDN);
        var (kind, environment) = OcesProfile.Classify(issuer, subject, PolicyOids(certificate));

        var notBefore = new DateTimeOffset(DateTime.SpecifyKind(certificate.NotBefore, DateTimeKind.Utc));
        var notAfter = new DateTimeOffset(DateTime.SpecifyKind(certificate.NotAfter, DateTimeKind.Utc));
        var daysLeft = (int)Math.Floor((notAfter - now).TotalDays);
        var validity = now < notBefore ? ValidityState.NotYetValid
            : now > notAfter ? ValidityState.Expired
            : daysLeft < ExpiresSoonDays ? ValidityState.ExpiresSoon
            : ValidityState.Valid;

        return new CertificateSummary(
            OcesProfile.Organisation(subject),
            OcesProfile.Cvr(subject),
            subject.Get(OcesProfile.CommonNameOid) ?? subject.ToString(),
            Fingerprint.Hex(certificate.SerialNumber.ToByteArrayUnsigned(), separator: null),
            notBefore, notAfter, issuer.ToString(), subject.ToString(),
            Fingerprint.Of(new Sha256Digest(), der), Fingerprint.Of(new Sha1Digest(), der),
            kind, environment, validity, daysLeft, Warnings(kind, environment, validity));
    }

    private static IReadOnlyList<CertificateWarning> Warnings(CertificateKind kind, CertificateEnvironment environment, ValidityState validity)
    {
        var warnings = new List<CertificateWarning>();
        if (validity == ValidityState.Expired)
            warnings.Add(CertificateWarning.Expired);
        if (validity == ValidityState.NotYetValid)
            warnings.Add(CertificateWarning.NotYetValid);
        if (kind == CertificateKind.Oces3Employee)
            warnings.Add(CertificateWarning.EmployeeCertificate);
        if (kind == CertificateKind.Oces2)
            warnings.Add(CertificateWarning.Oces2Certificate);
        if (kind == CertificateKind.Other)
            warnings.Add(CertificateWarning.NotOces);
        if (environment == CertificateEnvironment.Test)
            warnings.Add(CertificateWarning.TestCertificate);
        if (validity == ValidityState.ExpiresSoon)
            warnings.Add(CertificateWarning.ExpiresSoon);
        return warnings;
    }

    private static IReadOnlyCollection<string> PolicyOids(Org.BouncyCastle.X509.X509Certificate certificate)
    {
        var extension = certificate.GetExtensionValue(X509Extensions.CertificatePolicies);
        if (extension is null)
            return Array.Empty<string>();
        try
        {
            var policies = CertificatePolicies.GetInstance(X509ExtensionUtilities.FromExtensionValue(extension));
            return policies.GetPolicyInformation().Select(p => p.PolicyIdentifier.Id).ToList();
        }
        catch (Exception e) when (e is ArgumentException or System.IO.IOException)
        {
            // A malformed policies extension says nothing about the profile; classify by name alone.
            return Array.Empty<string>();
        }
    }
}

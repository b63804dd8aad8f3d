using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Desktop.Recent;

namespace AltIdShell.Desktop.Reminders;

/// <summary>
/// When a certificate has been renewed: MitID Erhverv issues the new one for the same CVR under the same certificate
/// name, so a later-expiring certificate with both equal replaces the older one, which needs no reminder any more.
/// </summary>
public static class Supersession
{
    public static bool IsSuperseded(RecentExport certificate, IEnumerable<RecentExport> all) =>
        certificate.Cvr != null && all.Any(other =>
            other.Cvr == certificate.Cvr
            && string.Equals(other.CertificateName, certificate.CertificateName, StringComparison.Ordinal)
            && other.NotAfter > certificate.NotAfter
            && !SameCertificate(other, certificate));

    public static bool SameCertificate(RecentExport a, RecentExport b) =>
        string.Equals(Core.Certificates.Fingerprint.Normalize(a.Sha256Fingerprint), Core.Certificates.Fingerprint.Normalize(b.Sha256Fingerprint), StringComparison.Ordinal);
}

using System.Collections.Generic;
using System.Linq;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Whether the certificate suits the AltID recipient register, with exactly what was verified: the issuer's signature
/// chain, the revocation status, and every reason, most serious first. Computed once, in <see cref="CertificateDescriber"/>.
/// </summary>
public sealed record AltIdVerdict(VerdictKind Kind, bool IssuerVerified, RevocationStatus Revocation, IReadOnlyList<CertificateWarning> Reasons)
{
    /// <summary>The verdict the reasons lead to: any blocking reason makes it unsuitable; a test certificate, test-only.</summary>
    public static AltIdVerdict From(bool issuerVerified, RevocationStatus revocation, IEnumerable<CertificateWarning> reasons)
    {
        var ordered = reasons.Distinct().OrderBy(r => r).ToList();
        var severities = ordered.Select(CertificateWarningSeverity.Of).ToList();
        var kind = !issuerVerified || severities.Contains(WarningSeverity.Blocking) ? VerdictKind.Unsuitable
            : severities.Contains(WarningSeverity.Register) ? VerdictKind.TestOnly
            : VerdictKind.Suitable;
        return new AltIdVerdict(kind, issuerVerified, revocation, ordered);
    }

    /// <summary>True when the certificate suits <paramref name="register"/>: a production certificate does not suit the test register.</summary>
    public bool Suits(AltIdRegister register) =>
        Kind == (register == AltIdRegister.Production ? VerdictKind.Suitable : VerdictKind.TestOnly);
}

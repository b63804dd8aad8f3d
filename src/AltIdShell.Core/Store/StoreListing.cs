using System.Collections.Generic;
using System.Linq;

namespace AltIdShell.Core.Store;

/// <summary>The stores' certificates in display order, and the stores that could not be read.</summary>
public sealed record StoreListing(IReadOnlyList<StoreCertificate> Certificates, IReadOnlyList<CertificateStoreLocation> Unreadable)
{
    /// <summary>What is shown by default: the candidates only, or everything when asked for all.</summary>
    public IReadOnlyList<StoreCertificate> Shown(bool all) =>
        all ? Certificates : Certificates.Where(c => StoreCertificateRanking.IsCandidate(c.Summary)).ToList();
}

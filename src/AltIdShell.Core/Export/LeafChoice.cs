using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Export;

/// <summary>Picks the one certificate to export or inspect among the leaves a file holds, by the user's fingerprint where there are several.</summary>
internal static class LeafChoice
{
    /// <summary><paramref name="describe"/> turns each leaf into what the user chooses by (and reads when there is one).</summary>
    public static (byte[] Der, CertificateSummary Summary) Choose(IReadOnlyList<byte[]> leaves, string? selectedSha256,
        Func<byte[], CertificateSummary> describe)
    {
        var candidates = leaves.Select(der => (Der: der, Summary: describe(der))).ToList();
        if (selectedSha256 != null)
        {
            var wanted = Fingerprint.Normalize(selectedSha256);
            return candidates.FirstOrDefault(c => Fingerprint.Normalize(c.Summary.Sha256Fingerprint) == wanted) is { Der: not null } selected
                ? selected
                : throw ExportErrors.SelectedCertificateMissing(selectedSha256, candidates.Select(c => c.Summary).ToList());
        }
        if (candidates.Count > 1)
            throw ExportErrors.SeveralCertificates(candidates.Select(c => c.Summary).ToList());
        return candidates[0];
    }
}

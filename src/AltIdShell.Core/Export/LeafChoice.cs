using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Export;

/// <summary>Picks the one certificate to export or inspect among the leaves a file holds, by the user's fingerprint where there are several.</summary>
internal static class LeafChoice
{
    /// <summary>
    /// <paramref name="describe"/> turns each leaf into what the user chooses by (and reads when there is one).
    /// Without a leaf, the question to ask: several leaves and none chosen, or none with the fingerprint chosen.
    /// </summary>
    public static (byte[]? Der, CertificateSummary? Summary, ExportAttempt.ChooseCertificate? Question) Choose(
        IReadOnlyList<byte[]> leaves, string? selectedSha256, Func<byte[], CertificateSummary> describe)
    {
        var candidates = leaves.Select(der => (Der: der, Summary: describe(der))).ToList();
        var summaries = candidates.Select(c => c.Summary).ToList();
        if (selectedSha256 != null)
        {
            var wanted = Fingerprint.Normalize(selectedSha256);
            return candidates.FirstOrDefault(c => Fingerprint.Normalize(c.Summary.Sha256Fingerprint) == wanted) is { Der: not null } selected
                ? (selected.Der, selected.Summary, null)
                : (null, null, new ExportAttempt.ChooseCertificate(summaries, ExportErrorText.SelectedCertificateMissing));
        }
        if (candidates.Count > 1)
            return (null, null, new ExportAttempt.ChooseCertificate(summaries, ExportErrorText.SeveralCertificates.Format(candidates.Count)));
        return (candidates[0].Der, candidates[0].Summary, null);
    }
}

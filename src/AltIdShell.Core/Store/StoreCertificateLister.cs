using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Store;

/// <summary>The personal stores' certificates, described and ordered as the listing shows them.</summary>
public static class StoreCertificateLister
{
    /// <summary>
    /// Candidates first (<see cref="StoreCertificateRanking"/>), then the latest expiry first, so a renewed certificate
    /// is above the one it replaces. A store entry that is not a certificate we can read is left out.
    /// </summary>
    public static StoreListing List(ICertificateStoreSource source, DateTimeOffset now)
    {
        var contents = source.Read();
        var certificates = new List<StoreCertificate>();
        foreach (var entry in contents.Entries)
        {
            try
            {
                certificates.Add(new StoreCertificate(entry.Location, entry.RawData, CertificateDescriber.Describe(entry.RawData, now)));
            }
            catch (ExportException)
            {
                // Windows stores hold whatever other software put there; one odd entry must not hide the rest.
            }
        }
        var ordered = certificates
            .OrderBy(c => StoreCertificateRanking.Rank(c.Summary))
            .ThenByDescending(c => c.Summary.NotAfter)
            .ThenBy(c => c.Location)
            .ToList();
        return new StoreListing(ordered, contents.Unreadable);
    }

    /// <summary>The certificate with this SHA-256 fingerprint (any case, colons optional), or null.</summary>
    public static StoreCertificate? Find(StoreListing listing, string sha256) =>
        listing.Certificates.FirstOrDefault(c => Fingerprint.Normalize(c.Summary.Sha256Fingerprint) == Fingerprint.Normalize(sha256));
}

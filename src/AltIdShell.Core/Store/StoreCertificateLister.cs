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

    /// <summary>The fewest hex digits taken as the start of a fingerprint; fewer match too much to be meant.</summary>
    public const int ShortestPrefix = 6;

    /// <summary>
    /// The certificates whose SHA-256 or SHA-1 fingerprint (the thumbprint certmgr and PowerShell show) is, or begins
    /// with, <paramref name="fingerprint"/>: any case, colons or spaces optional, at least <see cref="ShortestPrefix"/>
    /// hex digits. None for text that is not hex.
    /// </summary>
    public static IReadOnlyList<StoreCertificate> Matching(StoreListing listing, string fingerprint)
    {
        if (fingerprint.Any(c => !Uri.IsHexDigit(c) && c != ':' && c != ' '))
            return Array.Empty<StoreCertificate>();
        var wanted = Fingerprint.Normalize(fingerprint);
        if (wanted.Length < ShortestPrefix)
            return Array.Empty<StoreCertificate>();
        return listing.Certificates
            .Where(c => Fingerprint.Normalize(c.Summary.Sha256Fingerprint).StartsWith(wanted, StringComparison.Ordinal)
                || Fingerprint.Normalize(c.Summary.Sha1Fingerprint).StartsWith(wanted, StringComparison.Ordinal))
            .ToList();
    }
}

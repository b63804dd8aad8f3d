using System;
using System.Collections.Generic;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Finds the certificate that belongs to the key, whatever the order in the file (reference/pkcs12.md): the one
/// sharing a localKeyId with a key bag; otherwise the non-CA certificate that issued nothing else in the file.
/// </summary>
internal static class LeafSelector
{
    /// <summary>
    /// The candidates among certificates that come without keys (a .p7b, a .cer chain): the non-CA certificates that
    /// issued none of the others. As far as choosing goes, such a file is a .p12 without key bags.
    /// </summary>
    public static IReadOnlyList<byte[]> Candidates(IReadOnlyList<byte[]> certificates) =>
        Candidates(new Pkcs12Contents(certificates.Select(der => new CertificateBag(der, null)).ToList(), Array.Empty<byte[]>()));

    /// <summary>
    /// The candidates in DER, re-encoded where the file spelled them in BER: the signature is verified over the DER
    /// form (what the CA signed), so that form is what is described, fingerprinted and written. Exactly one unless
    /// the file holds several unrelated leaves.
    /// </summary>
    public static IReadOnlyList<byte[]> Candidates(Pkcs12Contents contents)
    {
        var certificates = contents.Certificates
            .GroupBy(bag => Convert.ToBase64String(bag.Der))
            .Select(group => new Parsed(group.First().Der, group.Select(b => b.LocalKeyId).FirstOrDefault(id => id != null), X509Parsing.Parse(group.First().Der)))
            .ToList();
        if (certificates.Count == 0)
            throw ExportErrors.NoCertificate();

        var keyed = certificates.Where(c => c.LocalKeyId != null && contents.KeyIds.Any(id => id.SequenceEqual(c.LocalKeyId))).ToList();
        if (keyed.Count > 0)
            return keyed.Select(c => X509Parsing.DerEncoding(c.Certificate)).ToList();

        var leaves = certificates
            .Where(c => !c.Certificate.IsCa)
            .Where(c => !certificates.Any(other => !ReferenceEquals(other, c) && IssuedBy(other.Certificate, c.Certificate)))
            .ToList();
        if (leaves.Count == 0)
            throw ExportErrors.OnlyCaCertificates();
        return leaves.Select(c => X509Parsing.DerEncoding(c.Certificate)).ToList();
    }

    private static bool IssuedBy(ParsedCertificate subject, ParsedCertificate issuer) =>
        subject.Issuer.Equivalent(issuer.Subject) && !subject.Subject.Equivalent(issuer.Subject);

    private sealed class Parsed
    {
        public Parsed(byte[] der, byte[]? localKeyId, ParsedCertificate certificate)
        {
            Der = der;
            LocalKeyId = localKeyId;
            Certificate = certificate;
        }

        public byte[] Der { get; }
        public byte[]? LocalKeyId { get; }
        public ParsedCertificate Certificate { get; }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Org.BouncyCastle.Asn1.X509;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// The CA certificates a leaf may chain to. The product only ever uses <see cref="Oces3"/>, the six public OCES3 CA
/// certificates embedded in this assembly; CA certificates found in a user's file are never added. Anchors are trusted
/// as they are: their fingerprints and each issuing CA's signature under its root are proven by TrustAnchorsTests, not
/// again in every process. An anchor's key is built only when a leaf naming it is verified, once per process.
/// </summary>
public sealed class TrustAnchors
{
    private static readonly Lazy<TrustAnchors> Embedded = new(LoadEmbedded);

    private TrustAnchors(IReadOnlyList<ParsedCertificate> certificates) => Certificates = certificates;

    /// <summary>The production, "Test - cti" and "Test - st" OCES3 roots and issuing CAs.</summary>
    public static TrustAnchors Oces3 => Embedded.Value;

    internal IReadOnlyList<ParsedCertificate> Certificates { get; }

    /// <summary>Other anchors, for tests of the chain mechanics with a CA of their own.</summary>
    internal static TrustAnchors From(IEnumerable<byte[]> certificates) =>
        new(certificates.Select(X509Parsing.Parse).ToList());

    /// <summary>The anchor whose subject is <paramref name="name"/>, other than <paramref name="except"/> itself.</summary>
    internal ParsedCertificate? WithSubject(X509Name name, ParsedCertificate? except = null) =>
        Certificates.FirstOrDefault(ca => !ReferenceEquals(ca, except) && ca.Subject.Equivalent(name, inOrder: true));

    private static TrustAnchors LoadEmbedded()
    {
        var assembly = typeof(TrustAnchors).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("AltIdShell.Core.Anchors.", StringComparison.Ordinal));
        return From(names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
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
    private readonly Task<IReadOnlyList<ParsedCertificate>> _certificates;

    private TrustAnchors(Task<IReadOnlyList<ParsedCertificate>> certificates) => _certificates = certificates;

    /// <summary>
    /// The production, "Test - cti" and "Test - st" OCES3 roots and issuing CAs. Decoded on a pool thread from the
    /// moment a process first names them (as it builds its checks, at start-up), beside the command line's parsing and
    /// the key derivation; a verdict that comes sooner waits for them (issue 18). BouncyCastle's type initializers may
    /// then run on that thread and the caller's at once: .NET runs each once and makes the other thread wait for it.
    /// </summary>
    public static TrustAnchors Oces3 { get; } = new(Task.Run(LoadEmbedded));

    internal IReadOnlyList<ParsedCertificate> Certificates => _certificates.GetAwaiter().GetResult();

    /// <summary>Other anchors, for tests of the chain mechanics with a CA of their own.</summary>
    internal static TrustAnchors From(IEnumerable<byte[]> certificates) => new(Task.FromResult(Decode(certificates)));

    /// <summary>The anchor whose subject is <paramref name="name"/>, other than <paramref name="except"/> itself.</summary>
    internal ParsedCertificate? WithSubject(X509Name name, ParsedCertificate? except = null) =>
        Certificates.FirstOrDefault(ca => !ReferenceEquals(ca, except) && ca.Subject.Equivalent(name, inOrder: true));

    private static IReadOnlyList<ParsedCertificate> Decode(IEnumerable<byte[]> certificates) =>
        certificates.Select(X509Parsing.Parse).ToList();

    private static IReadOnlyList<ParsedCertificate> LoadEmbedded()
    {
        var assembly = typeof(TrustAnchors).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("AltIdShell.Core.Anchors.", StringComparison.Ordinal));
        return Decode(names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }));
    }
}

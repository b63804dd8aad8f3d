using System;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// What a verdict is allowed to rest on: the trust anchors, and whether to ask the OCSP responder. Offline by default,
/// so that nothing in the engine touches the network unless a front end asks for it.
/// </summary>
public sealed class CertificateChecks
{
    /// <summary>How long one OCSP request may take, connection included; there are no retries.</summary>
    public static readonly TimeSpan DefaultOcspTimeout = TimeSpan.FromSeconds(5);

    internal CertificateChecks(TrustAnchors anchors, IRevocationChecker? revocation)
    {
        Anchors = anchors;
        Revocation = revocation;
    }

    /// <summary>The embedded OCES3 anchors; revocation not checked.</summary>
    public static CertificateChecks Offline { get; } = new(TrustAnchors.Oces3, null);

    /// <summary>
    /// The embedded OCES3 anchors and the OCSP responder named in the certificate. <paramref name="asking"/> is told
    /// true as a request goes out and false when it is answered or given up, so a person can see what is waited for.
    /// </summary>
    public static CertificateChecks Online(TimeSpan? ocspTimeout = null, Action<bool>? asking = null)
    {
        IRevocationChecker checker = new OcspRevocationChecker(ocspTimeout ?? DefaultOcspTimeout);
        return new(TrustAnchors.Oces3, asking is null ? checker : new AnnouncedRevocationChecker(checker, asking));
    }

    internal TrustAnchors Anchors { get; }

    /// <summary>Null when offline.</summary>
    internal IRevocationChecker? Revocation { get; }

    public bool ChecksRevocation => Revocation != null;

    /// <summary>The same anchors without the network, for describing candidates before one is chosen.</summary>
    internal CertificateChecks WithoutRevocation() => Revocation is null ? this : new(Anchors, null);
}

using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests;

/// <summary>Checks that trust a generated chain's own CAs, for tests of what follows from a verified issuer.</summary>
internal static class TestChecks
{
    public static CertificateChecks Trusting(CertificateFactory.Chain chain) =>
        new(TrustAnchors.From(new[] { chain.Root.RawData, chain.Issuer.RawData }), revocation: null);
}

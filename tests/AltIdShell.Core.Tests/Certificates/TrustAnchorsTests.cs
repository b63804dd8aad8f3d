using AltIdShell.Core.Certificates;
using Org.BouncyCastle.Crypto.Digests;

namespace AltIdShell.Core.Tests.Certificates;

public sealed class TrustAnchorsTests
{
    // From ../shared/fixtures/oces-ca/README.md: the only certificates a verdict of "OCES3" may rest on.
    private static readonly string[] PublishedFingerprints =
    {
        "06:FC:B2:CB:A3:9D:44:86:E5:30:8A:D8:69:80:BC:D7:AC:D3:B7:3B:3B:B1:26:C7:5F:6C:4B:4D:A0:4C:9C:09",
        "5B:56:62:AA:01:12:B9:84:03:3A:33:AF:D3:A9:5A:49:A7:9C:7A:EE:9C:24:94:28:DD:82:BF:D4:C0:2D:67:B8",
        "D1:BC:EC:41:D7:AC:AE:93:2B:7D:FE:66:A8:B7:34:1C:A7:59:52:C8:66:4F:CC:EF:4C:4A:E2:15:0F:95:C5:EC",
        "57:C7:85:23:6A:D7:C9:C9:86:B9:4D:49:AB:DA:FD:1B:95:5C:55:09:33:8F:A4:3A:7C:E0:D6:60:88:C8:AF:9B",
        "08:D5:3D:7F:79:6C:FC:A2:94:4C:0A:35:DB:58:33:69:BC:FC:F9:BF:10:00:D3:D8:48:94:E0:50:AA:9F:75:6C",
        "0B:18:E1:BE:C2:4D:31:20:A7:AE:33:C6:26:BB:3E:CF:41:85:8D:63:8F:09:B6:AA:D1:C9:45:D9:3B:14:DF:A9",
    };

    [Fact]
    public void The_embedded_anchors_are_exactly_the_six_published_OCES3_CA_certificates()
    {
        var embedded = TrustAnchors.Oces3.Certificates.Select(c => Fingerprint.Of(new Sha256Digest(), c.Der));

        Assert.Equal(PublishedFingerprints.Order(), embedded.Order());
    }

    [Fact]
    public void Each_issuing_CA_verifies_under_its_root_with_RSASSA_PSS()
    {
        var issuing = TrustAnchors.Oces3.Certificates.Where(c => c.Subject.ToString().Contains("udstedende-CA")).ToList();

        Assert.Equal(3, issuing.Count);
        foreach (var ca in issuing)
        {
            Assert.Equal("1.2.840.113549.1.1.10", ca.Structure.SignatureAlgorithm.Algorithm.Id);
            var root = TrustAnchors.Oces3.WithSubject(ca.Issuer, except: ca);
            Assert.NotNull(root);
            Assert.True(IssuerVerifier.SignedBy(ca, root!), ca.Subject.ToString());
        }
    }
}

using System.Security.Cryptography;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>
/// A certificate spelled in BER verifies (the signature is checked over its DER form) but is not the bytes the CA
/// issued: what is fingerprinted and written is the DER form, and inspect does not call the BER file upload form.
/// </summary>
public sealed class BerCertificateTests
{
    private static readonly CertificateFactory.Chain Chain = PssChainFactory.Oces3System(TestClock.Now);
    private static readonly CertificateChecks Anchors = new(TrustAnchors.From(new[] { Chain.Root.RawData, Chain.Issuer.RawData }), null);

    /// <summary>The leaf with its outer length in the long form BER allows and DER forbids: 30 84 00 00 LL LL.</summary>
    private static byte[] LeafInBer()
    {
        var der = Chain.Leaf.RawData;
        Assert.Equal(0x82, der[1]);
        return new byte[] { 0x30, 0x84, 0, 0, der[2], der[3] }.Concat(der.Skip(4)).ToArray();
    }

    [Fact]
    public void The_leaf_chosen_from_a_BER_spelling_is_its_DER_form()
    {
        Assert.Equal(Chain.Leaf.RawData, Assert.Single(LeafSelector.Candidates(new[] { LeafInBer() })));
        Assert.Equal(Chain.Leaf.RawData, Assert.Single(LeafSelector.Candidates(new[] { Chain.Leaf.RawData })));
    }

    [Fact]
    public void Inspecting_a_BER_cer_verifies_the_certificate_but_does_not_call_the_file_upload_form()
    {
        var inspection = CerInspector.Inspect(LeafInBer(), TestClock.Now, checks: Anchors);

        Assert.True(inspection.Summary.AltId.IssuerVerified);
        Assert.Equal(Fingerprint.Hex(SHA256.HashData(Chain.Leaf.RawData), ':'), inspection.Summary.Sha256Fingerprint);
        Assert.False(inspection.IsDerEncoded);
        Assert.False(inspection.IsUploadForm);
        Assert.Equal(new[] { CerFormText.Ber }, CerFormText.Lines(inspection));
    }

    [Fact]
    public void A_DER_cer_is_upload_form()
    {
        var inspection = CerInspector.Inspect(Chain.Leaf.RawData, TestClock.Now, checks: Anchors);

        Assert.True(inspection.IsDerEncoded);
        Assert.True(inspection.IsUploadForm);
    }
}

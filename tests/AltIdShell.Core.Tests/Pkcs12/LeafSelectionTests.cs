using AltIdShell.Core.Errors;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

public sealed class LeafSelectionTests
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly Pkcs12Layout Plain = new() { CertificateEncryption = null };

    [Theory]
    [InlineData(new[] { 0, 1, 2 })]
    [InlineData(new[] { 1, 2, 0 })]
    [InlineData(new[] { 2, 0, 1 })]
    public void The_certificate_sharing_the_keys_localKeyId_wins_in_any_order(int[] order)
    {
        var pfx = Pkcs12Factory.Build(Chain, "pw", Plain with { Order = order });

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, "pw"));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 0 })]
    [InlineData(new[] { 2, 1, 0 })]
    public void Without_localKeyIds_the_non_CA_that_issued_nothing_wins(int[] order)
    {
        var pfx = Pkcs12Factory.Build(Chain, "pw", Plain with { Order = order, WithLocalKeyIds = false });

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, "pw"));
    }

    [Fact]
    public void A_file_without_certificates_is_refused_as_such()
    {
        var pfx = Pkcs12Factory.Build(Chain, "pw", Plain with { Order = Array.Empty<int>() });

        Assert.Equal(ExportErrorKind.NoCertificate, Engine.Refusal(pfx, "pw").Kind);
    }

    [Fact]
    public void A_file_with_only_CA_certificates_is_refused_as_such()
    {
        var pfx = Pkcs12Factory.Build(Chain, "pw", Plain with { Order = new[] { 1, 2 }, WithKey = false });

        Assert.Equal(ExportErrorKind.OnlyCaCertificates, Engine.Refusal(pfx, "pw").Kind);
    }

    [Fact]
    public void Several_unrelated_leaves_are_all_offered()
    {
        var other = CertificateFactory.Oces3System(TestClock.Now, organisation: "Andet Firma A/S", cvr: "87654321");
        var pfx = Pkcs12Factory.Build(new[] { Chain.Leaf, other.Leaf, Chain.Issuer }, null, "pw", Plain with { WithKey = false });

        var candidates = LeafSelector.Candidates(Pkcs12File.Parse(pfx, Pkcs12Limits.Default).Open("pw"));

        Assert.Equal(new[] { Chain.Leaf.RawData, other.Leaf.RawData }, candidates);
    }

    [Fact]
    public void A_certificate_stored_twice_counts_once()
    {
        var pfx = Pkcs12Factory.Build(new[] { Chain.Leaf, Chain.Leaf, Chain.Root }, null, "pw", Plain with { WithKey = false });

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, "pw"));
    }

    [Fact]
    public void A_certificate_bag_holding_garbage_is_reported_as_corrupt()
    {
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((new byte[] { 0x30, 0x03, 0x02, 0x01, 0x05 }, null))) });

        Assert.Equal(ExportErrorKind.Corrupt, Engine.Refusal(pfx, null).Kind);
    }
}

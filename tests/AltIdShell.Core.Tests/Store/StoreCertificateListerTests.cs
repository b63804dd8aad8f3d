using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Store;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Store;

public class StoreCertificateListerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private static StoreEntry User(X509Certificate2 certificate) => new(CertificateStoreLocation.CurrentUser, certificate.RawData);

    /// <summary>A real OCES3 certificate: only those verify under the embedded OCES3 anchors, as a candidate must.</summary>
    private static StoreEntry Real(RealFixture fixture)
    {
        var real = RealOcesData.Get(fixture.FileName);
        return new StoreEntry(CertificateStoreLocation.CurrentUser, OpenSsl.ReferenceCer(real.Path!, real.Password));
    }

    [Fact]
    [Trait("Category", RealOcesData.Trait)]
    public void Verified_oces3_certificates_come_first_and_others_only_when_all_are_asked_for()
    {
        var other = CertificateFactory.SelfSigned("VPN-klient", Now);
        var lookAlike = CertificateFactory.Oces3System(Now, name: "Efterligning").Leaf;
        var listing = StoreCertificateLister.List(new ListSource(User(other), User(lookAlike), Real(RealFixture.KombitSystem)), Now);

        Assert.Equal("SP_DEVTEST4_DEMOKLIENT_SF0101_1", listing.Shown(all: false).Single().Summary.CertificateName);
        Assert.Equal("SP_DEVTEST4_DEMOKLIENT_SF0101_1", listing.Shown(all: true).First().Summary.CertificateName);
        Assert.Equal(3, listing.Shown(all: true).Count);
        Assert.Equal(
            new[] { StoreCertificateLabel.TestOnly, StoreCertificateLabel.Unsuitable, StoreCertificateLabel.Unsuitable },
            listing.Certificates.Select(c => StoreCertificateRanking.Label(c.Summary)));
    }

    [Fact]
    public void The_renewed_certificate_is_listed_above_the_one_it_replaces()
    {
        var old = CertificateFactory.Oces3System(Now, name: "Gammel", notBefore: Now.AddYears(-2), notAfter: Now.AddDays(20)).Leaf;
        var renewed = CertificateFactory.Oces3System(Now, name: "Ny").Leaf;
        var listing = StoreCertificateLister.List(new ListSource(User(old), User(renewed)), Now);
        Assert.Equal(new[] { "Ny", "Gammel" }, listing.Certificates.Select(c => c.Summary.CertificateName));
    }

    [Fact]
    [Trait("Category", RealOcesData.Trait)]
    public void An_expired_oces3_certificate_is_still_a_candidate_but_labelled_unsuitable()
    {
        // The OIOIDWS organisation certificate ran out on 2026-07-02, before TestClock.Now.
        var listing = StoreCertificateLister.List(new ListSource(Real(RealFixture.OrganisationTripleDes)), Now);
        var only = Assert.Single(listing.Shown(all: false));
        Assert.Equal(StoreCertificateLabel.Unsuitable, StoreCertificateRanking.Label(only.Summary));
    }

    [Fact]
    public void An_entry_that_is_not_a_certificate_is_left_out_and_the_rest_is_listed()
    {
        var good = CertificateFactory.Oces3System(Now).Leaf;
        var listing = StoreCertificateLister.List(
            new ListSource(new StoreEntry(CertificateStoreLocation.LocalMachine, new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }), User(good)), Now);
        Assert.Equal(good.RawData, Assert.Single(listing.Certificates).Der);
    }

    [Fact]
    public void Unreadable_stores_are_passed_on_and_locations_kept()
    {
        var good = CertificateFactory.Oces3System(Now).Leaf;
        var source = new ListSource(new StoreContents(
            new[] { new StoreEntry(CertificateStoreLocation.LocalMachine, good.RawData) },
            new[] { CertificateStoreLocation.CurrentUser }));
        var listing = StoreCertificateLister.List(source, Now);
        Assert.Equal(new[] { CertificateStoreLocation.CurrentUser }, listing.Unreadable);
        Assert.Equal(@"LocalMachine\My", Assert.Single(listing.Certificates).StoreName);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_certificate_is_found_by_its_fingerprint_with_or_without_colons_in_any_case(bool colons, bool lower)
    {
        var wanted = CertificateFactory.Oces3System(Now, name: "Den rigtige").Leaf;
        var listing = StoreCertificateLister.List(new ListSource(User(CertificateFactory.Oces3System(Now).Leaf), User(wanted)), Now);
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(wanted.RawData));
        if (colons)
            fingerprint = string.Join(":", fingerprint.Chunk(2).Select(pair => new string(pair)));
        if (lower)
            fingerprint = fingerprint.ToLowerInvariant();
        Assert.Equal("Den rigtige", Assert.Single(StoreCertificateLister.Matching(listing, fingerprint)).Summary.CertificateName);
        Assert.Empty(StoreCertificateLister.Matching(listing, "not-a-fingerprint"));
    }

    [Fact]
    public void A_certificate_is_found_by_its_SHA1_thumbprint_and_by_a_unique_start_of_either_fingerprint()
    {
        var wanted = CertificateFactory.Oces3System(Now, name: "Den rigtige").Leaf;
        var listing = StoreCertificateLister.List(new ListSource(User(CertificateFactory.Oces3System(Now).Leaf), User(wanted)), Now);
        var sha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(wanted.RawData));

        Assert.Equal("Den rigtige", Assert.Single(StoreCertificateLister.Matching(listing, wanted.Thumbprint)).Summary.CertificateName);
        Assert.Equal("Den rigtige", Assert.Single(StoreCertificateLister.Matching(listing, sha256[..16].ToLowerInvariant())).Summary.CertificateName);
        Assert.Empty(StoreCertificateLister.Matching(listing, sha256[..(StoreCertificateLister.ShortestPrefix - 1)]));
    }
}

using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

public sealed class CertificateDescriberTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    /// <summary>A chain whose own CAs the checks trust (RSA, as only RSA verifies): what follows once the issuer is verified.</summary>
    private static CertificateSummary Describe(DateTimeOffset notBefore, DateTimeOffset notAfter, string? ou = "Test - cti")
    {
        var chain = PssChainFactory.Oces3System(TestClock.Now, issuerOu: ou, notBefore: notBefore, notAfter: notAfter);
        return CertificateDescriber.Describe(chain.Leaf.RawData, Now, TestChecks.Trusting(chain));
    }

    [Fact]
    public void A_verified_production_system_certificate_valid_for_years_is_suitable_with_revocation_said_unchecked()
    {
        var summary = Describe(Now.AddDays(-10), Now.AddYears(2), ou: null);

        Assert.Equal(new AltIdVerdict(VerdictKind.Suitable, true, RevocationStatus.NotChecked, summary.AltId.Reasons), summary.AltId);
        Assert.Equal(new[] { CertificateWarning.RevocationOffline }, summary.AltId.Reasons);
        Assert.Equal(CertificateKind.Oces3OrganisationOrSystem, summary.Kind);
        Assert.Equal(ValidityState.Valid, summary.Validity);
        Assert.Equal(CertificateEnvironment.Production, summary.Environment);
        Assert.Equal("Testfirma ApS", summary.Organisation);
        Assert.Equal("12345678", summary.Cvr);
        Assert.Equal("Testfirma systemcertifikat", summary.CertificateName);
    }

    [Theory]
    [InlineData(-400, -1, ValidityState.Expired, CertificateWarning.Expired, VerdictKind.Unsuitable)]
    [InlineData(1, 400, ValidityState.NotYetValid, CertificateWarning.NotYetValid, VerdictKind.Unsuitable)]
    [InlineData(-400, 59, ValidityState.ExpiresSoon, CertificateWarning.ExpiresSoon, VerdictKind.Suitable)]
    [InlineData(-400, 8, ValidityState.ExpiresSoon, CertificateWarning.ExpiresSoon, VerdictKind.Suitable)]
    [InlineData(-400, 7, ValidityState.ExpiresSoon, CertificateWarning.RenewFirst, VerdictKind.Unsuitable)]
    [InlineData(-400, 1, ValidityState.ExpiresSoon, CertificateWarning.RenewFirst, VerdictKind.Unsuitable)]
    public void Validity_is_judged_against_the_clock(int fromDays, int toDays, ValidityState state, CertificateWarning warning, VerdictKind verdict)
    {
        // Half a day short of the whole days, so "days left" is toDays - 1: 6 days left is "renew first", 7 is a warning.
        var summary = Describe(Now.AddDays(fromDays), Now.AddDays(toDays).AddHours(-12), ou: null);

        Assert.Equal(state, summary.Validity);
        Assert.Equal(new[] { warning, CertificateWarning.RevocationOffline }, summary.AltId.Reasons);
        Assert.Equal(verdict, summary.AltId.Kind);
    }

    [Fact]
    public void Sixty_days_left_is_not_yet_soon()
    {
        Assert.Equal(ValidityState.Valid, Describe(Now.AddDays(-1), Now.AddDays(60).AddHours(1), ou: null).Validity);
    }

    [Fact]
    public void Renew_first_is_what_the_verdict_says()
    {
        var summary = Describe(Now.AddDays(-400), Now.AddDays(3), ou: null);

        Assert.Equal("Forny certifikatet først: det udløber om 3 dage.", CertificateText.Verdict(summary).Danish);
    }

    [Fact]
    public void The_most_serious_warning_comes_first()
    {
        var summary = Describe(Now.AddDays(-400), Now.AddDays(-1));

        Assert.Equal(new[] { CertificateWarning.Expired, CertificateWarning.TestCertificate, CertificateWarning.RevocationOffline }, summary.AltId.Reasons);
    }

    [Fact]
    public void A_certificate_from_elsewhere_is_not_OCES()
    {
        var summary = CertificateDescriber.Describe(CertificateFactory.SelfSigned("Mit eget", TestClock.Now).RawData, Now);

        Assert.Equal(CertificateKind.Other, summary.Kind);
        Assert.Equal(new AltIdVerdict(VerdictKind.Unsuitable, false, RevocationStatus.NotChecked, summary.AltId.Reasons), summary.AltId);
        Assert.Equal(new[] { CertificateWarning.NotOces }, summary.AltId.Reasons);
    }

    [Fact]
    public void Fingerprints_and_serial_match_what_dotnet_computes()
    {
        var leaf = CertificateFactory.Oces3System(TestClock.Now).Leaf;

        var summary = CertificateDescriber.Describe(leaf.RawData, Now);

        Assert.Equal(leaf.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), summary.Sha256Fingerprint.Replace(":", ""));
        Assert.Equal(leaf.Thumbprint, summary.Sha1Fingerprint.Replace(":", ""));
        Assert.Equal(leaf.SerialNumber.TrimStart('0'), summary.SerialNumber.TrimStart('0'));
        Assert.Matches("^([0-9A-F]{2}:){31}[0-9A-F]{2}$", summary.Sha256Fingerprint);
    }

    [Fact]
    public void The_verdict_says_whether_to_upload_to_which_register_and_what_was_not_checked()
    {
        Assert.Equal("Suitable for the AltID recipient register: issued by the Danish state's OCES CA (signature verified); revocation not checked.",
            CertificateText.Verdict(Describe(Now.AddDays(-1), Now.AddYears(2), ou: null)).English);
        Assert.Equal("Kun til testmiljøet i AltIDs modtagerregister: et testcertifikat fra Den Danske Stats OCES-CA (signaturen er verificeret); spærring ikke kontrolleret.",
            CertificateText.Verdict(Describe(Now.AddDays(-1), Now.AddYears(2))).Danish);
        Assert.Equal("Not suitable for the AltID recipient register.", CertificateText.Verdict(Describe(Now.AddDays(-400), Now.AddDays(-1), ou: null)).English);
    }

    [Fact]
    public void Every_warning_has_a_Danish_and_an_English_text_with_its_facts()
    {
        var summary = Describe(Now.AddDays(-400), Now.AddDays(10));
        foreach (var warning in Enum.GetValues<CertificateWarning>())
        {
            var text = CertificateWarningText.For(warning, summary);
            Assert.False(string.IsNullOrWhiteSpace(text.Danish));
            Assert.False(string.IsNullOrWhiteSpace(text.English));
            Assert.NotEqual(text.Danish, text.English);
        }
        Assert.Contains("10", CertificateWarningText.For(CertificateWarning.ExpiresSoon, summary).Danish);
        Assert.Contains(summary.NotAfter.ToString("yyyy-MM-dd"), CertificateWarningText.For(CertificateWarning.Expired, summary).English);
    }
}

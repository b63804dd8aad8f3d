using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

public sealed class CertificateDescriberTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private static CertificateSummary Describe(DateTimeOffset notBefore, DateTimeOffset notAfter, string? ou = "Test - cti") =>
        CertificateDescriber.Describe(CertificateFactory.Oces3System(TestClock.Now, issuerOu: ou, notBefore: notBefore, notAfter: notAfter).Leaf.RawData, Now);

    [Fact]
    public void A_production_system_certificate_valid_for_years_has_no_warnings()
    {
        var summary = Describe(Now.AddDays(-10), Now.AddYears(2), ou: null);

        Assert.Empty(summary.Warnings);
        Assert.True(summary.SuitsAltId);
        Assert.Equal(ValidityState.Valid, summary.Validity);
        Assert.Equal(CertificateEnvironment.Production, summary.Environment);
        Assert.Equal("Testfirma ApS", summary.Organisation);
        Assert.Equal("12345678", summary.Cvr);
        Assert.Equal("Testfirma systemcertifikat", summary.CertificateName);
    }

    [Theory]
    [InlineData(-400, -1, ValidityState.Expired, CertificateWarning.Expired)]
    [InlineData(1, 400, ValidityState.NotYetValid, CertificateWarning.NotYetValid)]
    [InlineData(-400, 29, ValidityState.ExpiresSoon, CertificateWarning.ExpiresSoon)]
    public void Validity_is_judged_against_the_clock(int fromDays, int toDays, ValidityState state, CertificateWarning warning)
    {
        var summary = Describe(Now.AddDays(fromDays), Now.AddDays(toDays), ou: null);

        Assert.Equal(state, summary.Validity);
        Assert.Equal(new[] { warning }, summary.Warnings);
        Assert.Equal(state == ValidityState.ExpiresSoon, summary.SuitsAltId);
    }

    [Fact]
    public void Thirty_one_days_left_is_not_yet_soon()
    {
        Assert.Equal(ValidityState.Valid, Describe(Now.AddDays(-1), Now.AddDays(31).AddHours(1), ou: null).Validity);
    }

    [Fact]
    public void The_most_serious_warning_comes_first()
    {
        var summary = Describe(Now.AddDays(-400), Now.AddDays(-1));

        Assert.Equal(new[] { CertificateWarning.Expired, CertificateWarning.TestCertificate }, summary.Warnings);
    }

    [Fact]
    public void A_certificate_from_elsewhere_is_not_OCES()
    {
        var summary = CertificateDescriber.Describe(CertificateFactory.SelfSigned("Mit eget", TestClock.Now).RawData, Now);

        Assert.Equal(CertificateKind.Other, summary.Kind);
        Assert.Equal(new[] { CertificateWarning.NotOces }, summary.Warnings);
        Assert.False(summary.SuitsAltId);
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
    public void The_verdict_says_whether_to_upload_and_to_which_environment()
    {
        Assert.Contains("suits the AltID", CertificateText.Verdict(Describe(Now.AddDays(-1), Now.AddYears(2), ou: null)).English);
        Assert.Contains("test environment", CertificateText.Verdict(Describe(Now.AddDays(-1), Now.AddYears(2))).English);
        Assert.Contains("does not suit", CertificateText.Verdict(Describe(Now.AddDays(-400), Now.AddDays(-1), ou: null)).English);
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

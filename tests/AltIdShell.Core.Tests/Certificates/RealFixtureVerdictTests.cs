using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>The real OCES test certificates, judged at fixed instants against the embedded anchors (no network).</summary>
[Trait("Category", RealOcesData.Trait)]
public sealed class RealFixtureVerdictTests
{
    private static CertificateSummary Judge(RealFixture fixture, DateTimeOffset at)
    {
        var real = RealOcesData.Get(fixture.FileName);
        return new CertificateExporter(clock: () => at).Read(real.Path!, real.Password).Summary();
    }

    public static TheoryData<string> Oces3TestCertificates() => new()
    {
        RealFixture.OrganisationPbes2.FileName, RealFixture.KombitSystem.FileName, RealFixture.OrganisationTripleDes.FileName,
        RealFixture.Employee.FileName,
    };

    [Theory]
    [MemberData(nameof(Oces3TestCertificates))]
    public void Every_OCES3_test_certificate_verifies_under_the_embedded_Test_cti_anchors(string fileName)
    {
        var summary = Judge(RealFixture.All.Single(f => f.FileName == fileName), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(summary.AltId.IssuerVerified);
        Assert.Equal(CertificateEnvironment.Test, summary.Environment);
        Assert.Contains("OU=Test - cti", summary.Issuer);
    }

    [Fact]
    public void The_organisation_and_system_test_certificates_are_test_only_with_revocation_unchecked()
    {
        foreach (var fixture in new[] { RealFixture.OrganisationPbes2, RealFixture.KombitSystem })
        {
            var summary = Judge(fixture, TestClock.Now);

            Assert.Equal(new AltIdVerdict(VerdictKind.TestOnly, true, RevocationStatus.NotChecked, summary.AltId.Reasons), summary.AltId);
            Assert.Equal(new[] { CertificateWarning.TestCertificate, CertificateWarning.RevocationOffline }, summary.AltId.Reasons);
        }
    }

    [Fact]
    public void An_expired_test_certificate_is_unsuitable()
    {
        var summary = Judge(RealFixture.OrganisationTripleDes, new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(VerdictKind.Unsuitable, summary.AltId.Kind);
        Assert.Equal(CertificateWarning.Expired, summary.AltId.Reasons[0]);
    }

    [Fact]
    public void The_same_certificate_a_week_before_it_expires_says_renew_first()
    {
        var summary = Judge(RealFixture.OrganisationTripleDes, new DateTimeOffset(2026, 6, 28, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(VerdictKind.Unsuitable, summary.AltId.Kind);
        Assert.Equal(CertificateWarning.RenewFirst, summary.AltId.Reasons[0]);
    }

    [Fact]
    public void The_employee_certificate_is_unsuitable_even_while_valid()
    {
        var summary = Judge(RealFixture.Employee, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(VerdictKind.Unsuitable, summary.AltId.Kind);
        Assert.Equal(CertificateKind.Oces3Employee, summary.Kind);
        Assert.Contains(CertificateWarning.EmployeeCertificate, summary.AltId.Reasons);
    }

    [Theory]
    [InlineData("oces2_foces_sealjava_FOCES_gyldig.p12")]
    [InlineData("oces2_moces_kit_test-moces_leafonly.pfx")]
    public void OCES2_files_are_labelled_OCES2_and_unsuitable(string fileName)
    {
        var summary = Judge(RealFixture.All.Single(f => f.FileName == fileName), TestClock.Now);

        Assert.Equal(CertificateKind.Oces2, summary.Kind);
        Assert.Equal("OCES2 (retired)", CertificateText.For(summary.Kind).English);
        Assert.False(summary.AltId.IssuerVerified);
        Assert.Equal(VerdictKind.Unsuitable, summary.AltId.Kind);
        Assert.Contains(CertificateWarning.Oces2Certificate, summary.AltId.Reasons);
    }
}

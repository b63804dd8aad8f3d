using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

[Trait("Category", RealOcesData.Trait)]
public sealed class RealFixtureExportTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-real-");

    public void Dispose() => _work.Dispose();

    [Theory]
    [MemberData(nameof(RealOcesData.Fixtures), MemberType = typeof(RealOcesData))]
    public void Exports_exactly_the_bytes_of_the_OpenSSL_reference(string fileName)
    {
        var fixture = RealOcesData.Get(fileName);
        var copy = _work.PathOf(fixture.FileName);
        File.Copy(fixture.Path!, copy);

        var result = TestExporter.Instance.Export(new ExportCall(copy, fixture.Password)).Exported();

        Assert.Equal(ExportOutcome.Written, result.Outcome);
        Assert.Equal(Path.ChangeExtension(copy, ".cer"), result.OutputPath);
        Assert.Equal(OpenSsl.ReferenceCer(fixture.Path!, fixture.Password), File.ReadAllBytes(result.OutputPath));
        Assert.Equal(new[] { fixture.FileName, Path.GetFileName(result.OutputPath) }.Order(), _work.Info.GetFiles().Select(f => f.Name).Order());
    }

    [Theory]
    [MemberData(nameof(RealOcesData.Fixtures), MemberType = typeof(RealOcesData))]
    public void A_wrong_password_is_refused_as_such(string fileName)
    {
        var fixture = RealOcesData.Get(fileName);

        var error = TestExporter.Instance.Read(fixture.Path!, fixture.Password + "x").Stopped();

        Assert.Equal(Errors.ExportErrorKind.WrongPassword, error.Kind);
    }

    [Fact]
    public void The_KOMBIT_system_certificate_is_an_OCES3_test_system_certificate()
    {
        var fixture = RealOcesData.Get(RealFixture.KombitSystem.FileName);
        var summary = TestExporter.Instance.Read(fixture.Path!, fixture.Password).Summary();

        Assert.Equal(CertificateKind.Oces3OrganisationOrSystem, summary.Kind);
        Assert.Equal(CertificateEnvironment.Test, summary.Environment);
        Assert.Equal("19435075", summary.Cvr);
        Assert.Equal("KOMBIT Testorganisation", summary.Organisation);
        Assert.Equal("SP_DEVTEST4_DEMOKLIENT_SF0101_1", summary.CertificateName);
        Assert.Equal(new[] { CertificateWarning.TestCertificate, CertificateWarning.RevocationOffline }, summary.AltId.Reasons);
        Assert.Equal(2029, summary.NotAfter.Year);
    }

    [Theory]
    [InlineData("oces3_employee_kit_MOCES_cpr_gyldig.p12", CertificateKind.Oces3Employee, CertificateEnvironment.Test, null)]
    [InlineData("oces3_org_digst_oiosamlnet_serviceprovider_2026.p12", CertificateKind.Oces3OrganisationOrSystem, CertificateEnvironment.Test, "34051178")]
    [InlineData("oces2_foces_sealjava_FOCES_gyldig.p12", CertificateKind.Oces2, CertificateEnvironment.Test, "30808460")]
    [InlineData("oces2_moces_kit_test-moces_leafonly.pfx", CertificateKind.Oces2, CertificateEnvironment.Test, null)]
    public void Classifies_each_kind_of_real_certificate(string fileName, CertificateKind kind, CertificateEnvironment environment, string? cvr)
    {
        var fixture = RealOcesData.Get(fileName);

        var summary = TestExporter.Instance.Read(fixture.Path!, fixture.Password).Summary();

        Assert.Equal(kind, summary.Kind);
        Assert.Equal(environment, summary.Environment);
        if (cvr != null)
            Assert.Equal(cvr, summary.Cvr);
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

public sealed class Oces1Tests
{
    [Fact]
    public void A_certificate_from_TDC_OCES_Systemtest_CA_II_is_called_OCES1_and_unsuitable()
    {
        using var key = PssKeys.First.Leaf();
        var request = new CertificateRequest("CN=Testperson, O=Testfirma, C=DK", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.Create(new X500DistinguishedName("CN=TDC OCES Systemtest CA II, O=TDC, C=DK"),
            X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1), TestClock.Now.AddDays(-1), TestClock.Now.AddYears(1), new byte[] { 7 });

        var summary = CertificateDescriber.Describe(certificate.RawData, TestClock.Now);

        Assert.Equal(CertificateKind.Oces1, summary.Kind);
        Assert.Equal(CertificateEnvironment.Test, summary.Environment);
        Assert.Equal("OCES1 (udfaset)", CertificateText.For(summary.Kind).Danish);
        Assert.Equal(VerdictKind.Unsuitable, summary.AltId.Kind);
        Assert.Equal(new[] { CertificateWarning.Oces1Certificate, CertificateWarning.TestCertificate }, summary.AltId.Reasons);
    }
}

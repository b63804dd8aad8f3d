using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>"OCES3" only for a signature that verifies under the embedded anchors; names alone are forgeable.</summary>
public sealed class IssuerVerificationTests : IDisposable
{
    private const string Forged = "The certificate is not issued by the Danish state's OCES CA (forged or altered)";
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly WorkFolder _work = new("altid-forged-");

    public void Dispose() => _work.Dispose();

    private static void AssertForged(CertificateSummary summary)
    {
        Assert.Equal(CertificateKind.Other, summary.Kind);
        Assert.Equal(CertificateEnvironment.Unknown, summary.Environment);
        Assert.Equal(new AltIdVerdict(VerdictKind.Unsuitable, false, RevocationStatus.NotChecked, summary.AltId.Reasons), summary.AltId);
        Assert.Equal(new[] { CertificateWarning.IssuerNotVerified }, summary.AltId.Reasons);
        Assert.StartsWith(Forged, CertificateWarningText.For(CertificateWarning.IssuerNotVerified, summary).English);
        Assert.StartsWith("Certifikatet er ikke udstedt af Den Danske Stats OCES-CA (forfalsket eller ændret)",
            CertificateWarningText.For(CertificateWarning.IssuerNotVerified, summary).Danish);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Test - cti")]
    public void A_self_signed_look_alike_with_OCES3_names_is_forged(string? issuerOu)
    {
        using var key = PssKeys.First.Leaf();
        var request = new CertificateRequest(CertificateFactory.Oces3Subject(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        using var lookAlike = request.Create(CertificateFactory.Name(CertificateFactory.TestIssuingCa, issuerOu),
            X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pss), Now.AddDays(-1), Now.AddYears(3), new byte[] { 1, 2, 3 });

        AssertForged(CertificateDescriber.Describe(lookAlike.RawData, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Test - cti")]
    public void A_forged_chain_whose_fake_CAs_carry_the_real_names_and_travel_in_the_p12_is_forged(string? issuerOu)
    {
        var fake = PssChainFactory.Oces3System(Now, issuerOu);
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(fake, "pw"));

        var result = TestExporter.Instance.Export(new ExportCall(p12, "pw")).Exported();

        AssertForged(result.Summary);
    }

    [Theory]
    [InlineData(null, VerdictKind.Suitable, CertificateEnvironment.Production)]
    [InlineData("Test - cti", VerdictKind.TestOnly, CertificateEnvironment.Test)]
    public void A_genuine_PSS_chain_verifies_under_its_anchors(string? issuerOu, VerdictKind verdict, CertificateEnvironment environment)
    {
        var chain = PssChainFactory.Oces3System(Now, issuerOu);

        var summary = CertificateDescriber.Describe(chain.Leaf.RawData, Now, TestChecks.Trusting(chain));

        Assert.Equal(CertificateKind.Oces3OrganisationOrSystem, summary.Kind);
        Assert.Equal(environment, summary.Environment);
        Assert.True(summary.AltId.IssuerVerified);
        Assert.Equal(verdict, summary.AltId.Kind);
    }

    [Fact]
    public void One_altered_byte_in_the_signed_part_breaks_verification()
    {
        var chain = PssChainFactory.Oces3System(Now, issuerOu: null);
        var altered = (byte[])chain.Leaf.RawData.Clone();
        var name = System.Text.Encoding.UTF8.GetBytes("Testfirma ApS");
        var at = IndexOf(altered, name);
        altered[at] = (byte)'B';

        AssertForged(CertificateDescriber.Describe(altered, Now, TestChecks.Trusting(chain)));
    }

    [Fact]
    public void A_signature_numerically_larger_than_the_CAs_modulus_is_forged_not_a_crash()
    {
        var chain = PssChainFactory.Oces3System(Now, issuerOu: null);
        var altered = (byte[])chain.Leaf.RawData.Clone();
        // The signature BIT STRING ends the certificate: 256 octets for the 2048-bit CA key.
        altered.AsSpan(altered.Length - 256).Fill(0xFF);

        AssertForged(CertificateDescriber.Describe(altered, Now, TestChecks.Trusting(chain)));
    }

    [Fact]
    public void An_issuing_CA_without_its_root_among_the_anchors_is_not_enough()
    {
        var chain = PssChainFactory.Oces3System(Now, issuerOu: null);
        var onlyIssuer = new CertificateChecks(TrustAnchors.From(new[] { chain.Issuer.RawData }), revocation: null);

        AssertForged(CertificateDescriber.Describe(chain.Leaf.RawData, Now, onlyIssuer));
    }

    [Fact]
    public void A_leaf_of_another_CA_with_the_same_name_does_not_verify()
    {
        var trusted = PssChainFactory.Oces3System(Now, issuerOu: null);
        var other = PssChainFactory.Oces3System(Now, issuerOu: null, keys: PssKeys.Second);

        AssertForged(CertificateDescriber.Describe(other.Leaf.RawData, Now, TestChecks.Trusting(trusted)));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
                return i;
        }
        throw new InvalidOperationException("not found");
    }
}

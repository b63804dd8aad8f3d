using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>
/// What tests/fuzz/run-fuzz.sh found escaping the engine as something other than an ExportException, each rebuilt
/// from the part of the input that made it crash. docs/security.md lists the campaigns.
/// </summary>
public sealed class FuzzFindingTests
{
    private const string KeyUsage = "2.5.29.15";
    private const string BasicConstraints = "2.5.29.19";
    private const string CertificatePolicies = "2.5.29.32";
    private static readonly DateTimeOffset Now = TestClock.Now;

    public static TheoryData<string, byte[]> EagerlyDecodedExtensions() => new()
    {
        { KeyUsage, new byte[] { 0x03, 0x02, 0x08, 0x80 } },
        { KeyUsage, new byte[] { 0x03, 0x07, 0x00 } },
        { KeyUsage, new byte[] { 0x04, 0x00 } },
        { BasicConstraints, new byte[] { 0x30, 0x03, 0x01, 0x01 } },
        { BasicConstraints, new byte[] { 0x04, 0x00 } },
        { BasicConstraints, new byte[] { 0x30, 0x06, 0x01, 0x01, 0xFF, 0x04, 0x01, 0x00 } },
    };

    // BouncyCastle decodes keyUsage and basicConstraints while constructing its certificate object and threw its
    // CertificateParsingException, which escaped both the .p12 and the .cer path.
    [Theory]
    [MemberData(nameof(EagerlyDecodedExtensions))]
    public void A_broken_keyUsage_or_basicConstraints_extension_makes_the_certificate_corrupt(string oid, byte[] value)
    {
        var certificate = CertificateFactory.WithRawExtension(oid, value, TestClock.Now).RawData;
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((certificate, null))) });

        Assert.Equal(ExportErrorKind.Corrupt, Engine.Refusal(pfx, null).Kind);
        Assert.Equal(ExportErrorKind.Corrupt, Assert.Throws<ExportException>(() => CerInspector.Inspect(certificate, Now)).Kind);
    }

    // The policies were decoded with BouncyCastle's stream parser, whose Asn1Exception (an IOException) escaped.
    [Theory]
    [InlineData(new byte[] { 0x03, 0x02, 0x08, 0x80 })]
    [InlineData(new byte[] { 0x30, 0x05, 0x06 })]
    [InlineData(new byte[] { 0x0F, 0x00 })]
    public void A_certificate_policies_extension_that_is_not_even_ASN1_is_ignored_as_the_profile_says(byte[] value)
    {
        var certificate = CertificateFactory.WithRawExtension(CertificatePolicies, value, TestClock.Now).RawData;

        var summary = CertificateDescriber.Describe(certificate, Now);

        Assert.Equal(CertificateKind.Other, summary.Kind);
        Assert.Equal(certificate, Engine.ExportLeaf(Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((certificate, null))) }), null));
    }
}

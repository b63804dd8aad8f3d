using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>The wrong file gets a message that names what it is.</summary>
public sealed class FileRecognitionTests
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);

    public static TheoryData<string, byte[], string> NotPkcs12Files() => new()
    {
        { "empty", Array.Empty<byte>(), "empty" },
        { "PEM certificate", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem()), "PEM format" },
        { "PEM private key", Encoding.ASCII.GetBytes("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"), "private key" },
        { "DER certificate", Chain.Leaf.RawData, "already a certificate (.cer" },
        { "ZIP archive", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "ZIP" },
        { "text", Encoding.UTF8.GetBytes("hello, this is not a certificate\n"), "text file" },
        { "binary", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 }, "not a PKCS#12 structure" },
        { "BER certificate", BerEncoding.ToIndefiniteLengths(Chain.Leaf.RawData), "already a certificate (.cer" },
        { "PKCS#7 chain (.p7b)", new X509Certificate2Collection { Chain.Leaf, Chain.Issuer }.Export(X509ContentType.Pkcs7)!, "not a PKCS#12 structure" },
        { "Java KeyStore", new byte[] { 0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2 }, "not a PKCS#12 structure" },
        { "UTF-16 text", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Adgangskode: ...")).ToArray(), "not a PKCS#12 structure" },
        { "Danish UTF-8 text", Encoding.UTF8.GetBytes("Kødpålæg og æbleskiver\n"), "text file" },
    };

    [Theory]
    [MemberData(nameof(NotPkcs12Files))]
    public void Says_what_the_file_is_instead(string name, byte[] file, string expected)
    {
        var error = Engine.Refusal(file, "pw");

        Assert.Equal(ExportErrorKind.NotPkcs12, error.Kind);
        Assert.Contains(expected, error.Text.English);
        Assert.False(string.IsNullOrWhiteSpace(error.Text.Danish), name);
    }

    [Fact]
    public void A_public_key_integrity_file_is_named_as_unsupported()
    {
        var pfx = Pkcs12Factory.Build(Chain, "pw");
        var signedData = (byte[])pfx.Clone();
        var data = new byte[] { 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01 };
        var at = signedData.AsSpan().IndexOf(data);
        signedData[at + data.Length - 1] = 0x02;

        var error = Engine.Refusal(signedData, "pw");

        Assert.Equal(ExportErrorKind.UnsupportedAlgorithm, error.Kind);
        Assert.Contains("signedData", error.Text.English);
    }

    public static TheoryData<string, byte[], string> UnknownAlgorithms()
    {
        var certificates = Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((Chain.Leaf.RawData, null)));
        var encrypted = (byte[] algorithm) => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo(algorithm, new byte[16]) });
        return new()
        {
            { "legacy pbeWithMD5AndDES", encrypted(Pkcs12Crafter.LegacyAlgorithm("1.2.840.113549.1.5.3", 2048)), "pbeWithMD5AndDES-CBC" },
            { "AES-GCM with its own parameters", encrypted(AesGcm()), "AES-256-GCM (OID 2.16.840.1.101.3.4.1.46)" },
            { "PBES2 with scrypt", encrypted(Pkcs12Crafter.Pbes2Algorithm(kdfOid: "1.3.6.1.4.1.11591.4.11")), "scrypt (OID 1.3.6.1.4.1.11591.4.11)" },
            { "PBKDF2 with HMAC-SHA3-256", encrypted(Pkcs12Crafter.Pbes2Algorithm(prfOid: "2.16.840.1.101.3.4.2.14")), "PBKDF2 HMAC-SHA3-256 (OID 2.16.840.1.101.3.4.2.14)" },
            { "PBKDF2 with HMAC GOST R 34.11-2012", encrypted(Pkcs12Crafter.Pbes2Algorithm(prfOid: "1.2.643.7.1.1.4.2")), "PBKDF2 HMAC GOST R 34.11-2012 (512 bit) (OID 1.2.643.7.1.1.4.2)" },
            { "PBES2 with RC2", encrypted(Pkcs12Crafter.Pbes2Algorithm(cipherOid: "1.2.840.113549.3.2", ivLength: 8)), "PBES2 RC2-CBC (OID 1.2.840.113549.3.2)" },
            { "PBES2 with AES-256-GCM", encrypted(Pkcs12Crafter.Pbes2Algorithm(cipherOid: "2.16.840.1.101.3.4.1.46", ivLength: 12)), "PBES2 AES-256-GCM (OID 2.16.840.1.101.3.4.1.46)" },
            { "MAC with MD2", Pkcs12Crafter.Pfx(new[] { certificates }, Pkcs12Crafter.MacData("1.2.840.113549.2.2", 2048)), "MAC MD2 (OID 1.2.840.113549.2.2)" },
            { "MAC with SHA3-256", Pkcs12Crafter.Pfx(new[] { certificates }, Pkcs12Crafter.MacData("2.16.840.1.101.3.4.2.8", 2048)), "MAC SHA3-256 (OID 2.16.840.1.101.3.4.2.8)" },
            { "envelopedData part", Pkcs12Crafter.Pfx(new[] { ContentInfo("1.2.840.113549.1.7.3") }), "envelopedData" },
            { "an unknown content type", Pkcs12Crafter.Pfx(new[] { ContentInfo("1.2.3.4") }), "OID 1.2.3.4" },
        };
    }

    [Theory]
    [MemberData(nameof(UnknownAlgorithms))]
    public void An_unknown_algorithm_is_named_as_unsupported(string name, byte[] pfx, string named)
    {
        var error = Engine.Refusal(pfx, "pw");

        Assert.True(error.Kind == ExportErrorKind.UnsupportedAlgorithm, $"{name}: {error.Kind}");
        Assert.Contains(named, error.Text.English);
        Assert.Contains(named, error.Text.Danish);
    }

    [Theory]
    [InlineData("blake2b512", "MAC BLAKE2b-512 (OID 1.3.6.1.4.1.1722.12.2.1.16)")]
    [InlineData("sm3", "MAC SM3 (OID 1.2.156.10197.1.401)")]
    [InlineData("sha3-512", "MAC SHA3-512 (OID 2.16.840.1.101.3.4.2.10)")]
    public void A_MAC_algorithm_OpenSSL_writes_and_we_do_not_read_is_named_by_name_and_OID(string macalg, string named)
    {
        var pfx = OpenSsl.ExportPkcs12(Chain, "pw", "-macalg", macalg);

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.UnsupportedAlgorithm, error.Kind);
        Assert.Contains(named, error.Text.English);
        Assert.Contains(named, error.Text.Danish);
    }

    private static byte[] AesGcm()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("2.16.840.1.101.3.4.1.46");
            writer.WriteOctetString(new byte[12]);
        }
        return writer.Encode();
    }

    private static byte[] ContentInfo(string type)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(type);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
                writer.WriteNull();
        }
        return writer.Encode();
    }
}

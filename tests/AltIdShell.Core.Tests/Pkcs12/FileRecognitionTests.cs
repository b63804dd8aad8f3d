using System.Text;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>The wrong file gets a message that names what it is.</summary>
public sealed class FileRecognitionTests
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System();

    public static TheoryData<string, byte[], string> NotPkcs12Files() => new()
    {
        { "empty", Array.Empty<byte>(), "empty" },
        { "PEM certificate", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem()), "PEM format" },
        { "PEM private key", Encoding.ASCII.GetBytes("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"), "private key" },
        { "DER certificate", Chain.Leaf.RawData, "already a certificate (.cer" },
        { "ZIP archive", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "ZIP" },
        { "text", Encoding.UTF8.GetBytes("hello, this is not a certificate\n"), "text file" },
        { "binary", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 }, "not a PKCS#12 structure" },
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
    public void A_file_cut_short_anywhere_is_corrupt_or_not_PKCS12_never_anything_else()
    {
        var pfx = Pkcs12Factory.Build(Chain, "pw");
        for (var length = 1; length < pfx.Length; length += 7)
        {
            var error = Engine.Refusal(pfx[..length], "pw");
            Assert.True(error.Kind is ExportErrorKind.Corrupt or ExportErrorKind.NotPkcs12, $"{length}: {error.Kind}");
        }
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

    [Fact]
    public void An_unknown_encryption_algorithm_is_named()
    {
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo("1.2.840.113549.1.5.3", 2048, new byte[16]) });

        var error = Engine.Refusal(pfx, "pw");

        Assert.Equal(ExportErrorKind.UnsupportedAlgorithm, error.Kind);
        Assert.Contains("pbeWithMD5AndDES-CBC", error.Text.English);
    }
}

using System.Security.Cryptography.X509Certificates;
using System.Text;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>Certificate files recognised by what they hold, whatever they are called, and the leaf taken from them.</summary>
public sealed class CertificateContainerTests
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly CertificateFactory.Chain Other = CertificateFactory.Oces3System(TestClock.Now, name: "Andet certifikat");
    private static readonly string Key = Chain.Leaf.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();

    private static CerInspection Inspect(byte[] file, string? sha256 = null, Pkcs12Limits? limits = null) =>
        CerInspector.Inspect(file, TestClock.Now, sha256, limits);

    private static ExportException Refusal(byte[] file) => Assert.Throws<ExportException>(() => Inspect(file));

    public static TheoryData<string, byte[], CertificateContainerKind, CerFormat, int> Files() => new()
    {
        { "DER .cer", Chain.Leaf.RawData, CertificateContainerKind.Certificate, CerFormat.Der, 1 },
        { "BER .cer", BerEncoding.ToIndefiniteLengths(Chain.Leaf.RawData), CertificateContainerKind.Certificate, CerFormat.Der, 1 },
        { "PEM .crt", CertificateFiles.Pem(Chain.Leaf), CertificateContainerKind.Certificate, CerFormat.Pem, 1 },
        { "PEM chain, root first", CertificateFiles.Pem(Chain.Root, Chain.Issuer, Chain.Leaf), CertificateContainerKind.Certificate, CerFormat.Pem, 3 },
        { "bare Base64 in lines", CertificateFiles.BareBase64(Chain.Leaf.RawData), CertificateContainerKind.Certificate, CerFormat.Pem, 1 },
        { "bare Base64 on one line", CertificateFiles.BareBase64(Chain.Leaf.RawData, 0), CertificateContainerKind.Certificate, CerFormat.Pem, 1 },
        { "PEM with a UTF-8 BOM", Encoding.UTF8.GetPreamble().Concat(CertificateFiles.Pem(Chain.Leaf)).ToArray(), CertificateContainerKind.Certificate, CerFormat.Pem, 1 },
        { ".p7b from OpenSSL, DER", CertificateFiles.OpenSslP7b(false, Chain.Root, Chain.Leaf, Chain.Issuer), CertificateContainerKind.Pkcs7Bundle, CerFormat.Der, 3 },
        { ".p7b from OpenSSL, PEM", CertificateFiles.OpenSslP7b(true, Chain.Issuer, Chain.Leaf), CertificateContainerKind.Pkcs7Bundle, CerFormat.Pem, 2 },
        { ".p7b from .NET (as Windows writes it)", new X509Certificate2Collection { Chain.Issuer, Chain.Leaf, Chain.Root }.Export(X509ContentType.Pkcs7)!, CertificateContainerKind.Pkcs7Bundle, CerFormat.Der, 3 },
        { ".p7b in BER", BerEncoding.ToIndefiniteLengths(CertificateFiles.OpenSslP7b(false, Chain.Leaf, Chain.Issuer)), CertificateContainerKind.Pkcs7Bundle, CerFormat.Der, 2 },
        { ".p7b as bare Base64", CertificateFiles.BareBase64(CertificateFiles.OpenSslP7b(false, Chain.Leaf, Chain.Issuer)), CertificateContainerKind.Pkcs7Bundle, CerFormat.Pem, 2 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_kind_of_certificate_file_gives_its_leaf(string name, byte[] file, CertificateContainerKind kind, CerFormat format, int count)
    {
        var inspection = Inspect(file);

        Assert.True(inspection.Summary.CertificateName == "Testfirma systemcertifikat", name);
        Assert.Equal(kind, inspection.Kind);
        Assert.Equal(format, inspection.Format);
        Assert.Equal(count, inspection.CertificateCount);
        Assert.False(inspection.ContainsPrivateKey);
        Assert.False(inspection.HasOtherData);
    }

    [Fact]
    public void Only_a_plain_DER_file_with_the_one_certificate_suits_the_register_as_it_is()
    {
        Assert.True(Inspect(Chain.Leaf.RawData).IsUploadForm);
        Assert.False(Inspect(CertificateFiles.OpenSslP7b(false, Chain.Leaf)).IsUploadForm);
        Assert.False(Inspect(Chain.Leaf.RawData.Concat(new byte[] { 0, 0 }).ToArray()).IsUploadForm);
    }

    [Fact]
    public void A_bundle_with_two_unrelated_leaves_asks_which_and_takes_the_one_chosen()
    {
        var p7b = CertificateFiles.OpenSslP7b(false, Chain.Leaf, Other.Leaf, Chain.Issuer);

        var error = Refusal(p7b);
        var chosen = Inspect(p7b, Other.Leaf.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256));

        Assert.Equal(ExportErrorKind.SeveralCertificates, error.Kind);
        Assert.Equal(2, error.Candidates.Count);
        Assert.Equal("Andet certifikat", chosen.Summary.CertificateName);
    }

    [Fact]
    public void A_bundle_of_CA_certificates_only_is_named_as_such()
    {
        Assert.Equal(ExportErrorKind.OnlyCaCertificates, Refusal(CertificateFiles.OpenSslP7b(true, Chain.Issuer, Chain.Root)).Kind);
    }

    [Fact]
    public void A_bundle_without_certificates_holds_no_certificate()
    {
        var empty = new X509Certificate2Collection().Export(X509ContentType.Pkcs7)!;

        Assert.Equal(ExportErrorKind.NoCertificate, Refusal(empty).Kind);
    }

    [Fact]
    public void A_PEM_file_with_a_private_key_says_so()
    {
        var inspection = Inspect(Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem() + "\n" + Key));

        Assert.True(inspection.ContainsPrivateKey);
        Assert.False(inspection.IsUploadForm);
    }

    [Fact]
    public void A_PEM_private_key_alone_is_called_a_private_key_never_a_certificate()
    {
        var error = Refusal(Encoding.ASCII.GetBytes(Key));

        Assert.Equal(ExportErrorKind.NotACertificate, error.Kind);
        Assert.Contains(CertificateText.HoldsPrivateKey.English, error.Text.English);
        Assert.Contains("privat nøgle", error.Text.Danish);
        Assert.DoesNotContain("public key", error.Text.English);
    }

    [Fact]
    public void A_PEM_file_with_key_and_certificate_is_never_called_a_public_key_by_the_PKCS12_reader()
    {
        var file = Encoding.ASCII.GetBytes(Key + "\n" + Chain.Leaf.ExportCertificatePem());

        var error = Assert.Throws<ExportException>(() => Pkcs12File.Parse(file, Pkcs12Limits.Default).Open("pw"));

        Assert.Contains("private key", error.Text.English);
        Assert.DoesNotContain("public key", error.Text.English);
    }

    public static TheoryData<string, byte[]> FilesWithOtherData() => new()
    {
        { "a note after the block", Encoding.UTF8.GetBytes(Chain.Leaf.ExportCertificatePem() + "\nKødpålæg: dette er vores certifikat\n") },
        { "a public key block beside it", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem() + Chain.Leaf.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfoPem()) },
        { "bytes after the DER certificate", Chain.Leaf.RawData.Concat(Encoding.ASCII.GetBytes("extra")).ToArray() },
        { "bytes after the DER bundle", CertificateFiles.OpenSslP7b(false, Chain.Leaf).Concat(new byte[] { 0x30, 0x00 }).ToArray() },
        { "an unfinished block after the certificate", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem() + "-----BEGIN X509 CRL-----\nMIIB\n") },
    };

    [Theory]
    [MemberData(nameof(FilesWithOtherData))]
    public void Bytes_outside_the_certificate_blocks_are_reported(string name, byte[] file)
    {
        var inspection = Inspect(file);

        Assert.True(inspection.HasOtherData, name);
        Assert.Equal("Testfirma systemcertifikat", inspection.Summary.CertificateName);
    }

    public static TheoryData<string, byte[], ExportErrorKind> BrokenFiles() => new()
    {
        { "a certificate block without its END line", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem()[..200]), ExportErrorKind.Corrupt },
        { "a certificate block that is not Base64", Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\nMII*B\n-----END CERTIFICATE-----\n"), ExportErrorKind.Corrupt },
        { "a PEM .p7b whose bundle is cut short", Encoding.ASCII.GetBytes("-----BEGIN PKCS7-----\n" + Convert.ToBase64String(CertificateFiles.OpenSslP7b(false, Chain.Leaf)[..^10]) + "\n-----END PKCS7-----\n"), ExportErrorKind.Corrupt },
        { "a .p12 renamed .cer", Pkcs12Factory.Build(Chain, "pw"), ExportErrorKind.NotACertificate },
        { "plain text", Encoding.UTF8.GetBytes("Adgangskode: se mail\n"), ExportErrorKind.NotACertificate },
        { "Base64 of something else", Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.ASCII.GetBytes("hello, not a certificate"))), ExportErrorKind.NotACertificate },
        { "a certificate request", Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"), ExportErrorKind.NotACertificate },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void What_is_no_certificate_file_is_named(string name, byte[] file, ExportErrorKind expected)
    {
        var error = Refusal(file);

        Assert.True(expected == error.Kind, $"{name}: {error.Kind}");
        Assert.False(string.IsNullOrWhiteSpace(error.Text.Danish));
    }

    [Fact]
    public void A_bundle_with_more_certificates_than_the_limit_is_refused()
    {
        var p7b = CertificateFiles.OpenSslP7b(false, Chain.Leaf, Chain.Issuer, Chain.Root);

        var error = Assert.Throws<ExportException>(() => Inspect(p7b, limits: new Pkcs12Limits { MaxCertificates = 2 }));

        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public void A_DER_certificate_cut_anywhere_after_its_version_is_damaged_or_truncated_in_both_languages()
    {
        var der = Chain.Leaf.RawData;
        for (var length = 13; length < der.Length; length++)
        {
            var error = Refusal(der.Take(length).ToArray());

            Assert.Equal(ExportErrorKind.Corrupt, error.Kind);
            Assert.Contains("damaged or truncated (X.509 certificate)", error.Text.English);
            Assert.Contains("beskadiget eller afkortet (X.509-certifikat)", error.Text.Danish);
        }
    }

    [Fact]
    public void A_PEM_block_without_its_END_line_is_named_in_Danish_in_the_Danish_sentence()
    {
        var pem = Chain.Leaf.ExportCertificatePem();
        var error = Refusal(Encoding.ASCII.GetBytes(pem.Substring(0, pem.IndexOf("-----END", StringComparison.Ordinal))));

        Assert.Equal(ExportErrorKind.Corrupt, error.Kind);
        Assert.Contains("PEM-blok uden END-linje", error.Text.Danish);
        Assert.Contains("PEM block without its END line", error.Text.English);
    }

    [Fact]
    public void Many_blocks_without_END_lines_end_the_walk_at_the_first()
    {
        // A block without its END line stops the walk: the text is searched once, not once per BEGIN.
        var text = string.Concat(Enumerable.Repeat("-----BEGIN X-----\n", 50_000)) + Chain.Leaf.ExportCertificatePem();

        Assert.Equal(ExportErrorKind.NotACertificate, Refusal(Encoding.ASCII.GetBytes(text)).Kind);
    }

    [Fact]
    public void Every_single_byte_change_to_a_bundle_is_read_or_refused_with_an_export_error()
    {
        var p7b = CertificateFiles.OpenSslP7b(false, Chain.Leaf, Chain.Issuer);
        for (var i = 0; i < p7b.Length; i++)
        {
            var changed = (byte[])p7b.Clone();
            changed[i] ^= 0xA5;
            try
            {
                Inspect(changed);
            }
            catch (ExportException)
            {
                // Refused with a message: what the user should see for a damaged file.
            }
        }
    }
}

using System.Security.Cryptography.X509Certificates;
using System.Text;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>Exporting from certificate files (.p7b, PEM, Base64, .cer chains): the leaf in DER, no password, never over the input.</summary>
public sealed class CertificateFileExportTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-certfile-");

    public void Dispose() => _work.Dispose();

    private string Write(string name, byte[] content) => _work.Write(name, content);

    private string[] Files() => _work.Files();

    private static ExportResult Export(string source, ExistingFileChoice choice = ExistingFileChoice.Ask, CerFormat format = CerFormat.Der, string? outDir = null) =>
        Attempt(source, choice, format, outDir).Exported();

    private static ExportAttempt Attempt(string source, ExistingFileChoice choice = ExistingFileChoice.Ask, CerFormat format = CerFormat.Der, string? outDir = null) =>
        TestExporter.Instance.Export(new ExportCall(source, null) with { ExistingFile = choice, Format = format, OutputDirectory = outDir });

    [Theory]
    [InlineData("Testfirma.p7b")]
    [InlineData("Testfirma.crt")]
    [InlineData("Testfirma.txt")]
    public void A_bundle_gives_the_leaf_as_a_DER_cer_without_a_password(string name)
    {
        var source = Write(name, CertificateFiles.OpenSslP7b(true, Chain.Root, Chain.Leaf, Chain.Issuer));

        var result = Export(source);

        Assert.Equal(_work.PathOf("Testfirma.cer"), result.OutputPath);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
        Assert.False(result.SourceContainsPrivateKey);
    }

    [Fact]
    public void A_PEM_crt_becomes_a_DER_cer_beside_it()
    {
        var source = Write("Testfirma.crt", CertificateFiles.Pem(Chain.Issuer, Chain.Leaf));

        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(Export(source).OutputPath));
    }

    [Fact]
    public void Exporting_from_a_PEM_file_with_a_key_writes_only_the_certificate_and_says_the_source_holds_a_key()
    {
        var key = Chain.Leaf.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();
        var source = Write("Testfirma.pem", Encoding.ASCII.GetBytes(key + Chain.Leaf.ExportCertificatePem()));

        var result = Export(source);

        Assert.True(result.SourceContainsPrivateKey);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public void A_source_with_other_data_is_reported()
    {
        var source = Write("Testfirma.pem", Encoding.ASCII.GetBytes("Our certificate, see the wiki\n" + Chain.Leaf.ExportCertificatePem()));

        Assert.True(Export(source).SourceHasOtherData);
    }

    [Theory]
    [InlineData(ExistingFileChoice.Ask)]
    [InlineData(ExistingFileChoice.Replace)]
    public void A_cer_is_never_written_over_itself(ExistingFileChoice choice)
    {
        var pem = CertificateFiles.Pem(Chain.Leaf, Chain.Issuer);
        var source = Write("Testfirma.cer", pem);

        var error = Attempt(source, choice).Stopped();

        Assert.Equal(ExportErrorKind.OutputIsInput, error.Kind);
        Assert.Contains("over the very file it exports from", error.Text.English);
        Assert.Contains("oven i selve den fil, der eksporteres fra", error.Text.Danish);
        Assert.Equal(pem, File.ReadAllBytes(source));
        Assert.Equal(new[] { "Testfirma.cer" }, Files());
    }

    [Fact]
    public void A_DER_cer_is_not_rewritten_over_itself_even_in_PEM()
    {
        var source = Write("Testfirma.cer", Chain.Leaf.RawData);

        Assert.Equal(ExportErrorKind.OutputIsInput, Attempt(source, ExistingFileChoice.Replace, CerFormat.Pem).Stopped().Kind);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(source));
    }

    [Fact]
    public void Keeping_both_writes_the_cer_under_a_numbered_name_beside_its_input()
    {
        var pem = CertificateFiles.Pem(Chain.Leaf);
        var source = Write("Testfirma.cer", pem);

        var result = Export(source, ExistingFileChoice.KeepBoth);

        Assert.Equal(_work.PathOf("Testfirma (2).cer"), result.OutputPath);
        Assert.Equal(pem, File.ReadAllBytes(source));
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public void The_same_file_reached_through_a_link_in_the_output_folder_is_never_written_over()
    {
        var pem = CertificateFiles.Pem(Chain.Leaf);
        var source = Write("kilde/Testfirma.cer", pem);
        Directory.CreateDirectory(_work.PathOf("ud"));
        File.CreateSymbolicLink(_work.PathOf("ud/Testfirma.cer"), source);

        var error = Attempt(source, ExistingFileChoice.Replace, outDir: _work.PathOf("ud")).Stopped();

        Assert.Equal(ExportErrorKind.OutputIsInput, error.Kind);
        Assert.Equal(pem, File.ReadAllBytes(source));
    }

    [Fact]
    public void A_p12_named_cer_wants_its_password_and_is_not_written_over_either()
    {
        var source = Write("Forkert.cer", Pkcs12Factory.Build(Chain, "pw"));

        Assert.True(TestExporter.Instance.Open(source).NeedsPassword);
        var error = TestExporter.Instance.Export(new ExportCall(source, "pw")).Stopped();

        Assert.Equal(ExportErrorKind.OutputIsInput, error.Kind);
    }

    [Fact]
    public void Only_a_PKCS12_file_needs_a_password()
    {
        Assert.True(TestExporter.Instance.Open(Write("a.p12", Pkcs12Factory.Build(Chain, "pw"))).NeedsPassword);
        Assert.False(TestExporter.Instance.Open(Write("b.p7b", CertificateFiles.OpenSslP7b(false, Chain.Leaf))).NeedsPassword);
        Assert.False(TestExporter.Instance.Open(Write("c.cer", Chain.Leaf.RawData)).NeedsPassword);
        Assert.False(TestExporter.Instance.Open(Write("d.txt", Encoding.ASCII.GetBytes("hello"))).NeedsPassword);
        Assert.False(TestExporter.Instance.Open(_work.PathOf("missing.p12")).NeedsPassword);
    }

    [Fact]
    public void A_damaged_PKCS12_file_is_named_at_once_without_asking_for_a_password()
    {
        var cut = TestExporter.Instance.Open(Write("cut.p12", Pkcs12Factory.Build(Chain, "pw")[..40]));

        Assert.False(cut.NeedsPassword);
        Assert.Equal(ExportErrorKind.Corrupt, cut.TryPassword(null, ExportChoices.Default).Stopped().Kind);
        Assert.Equal(new[] { "cut.p12" }, Files());
    }
}

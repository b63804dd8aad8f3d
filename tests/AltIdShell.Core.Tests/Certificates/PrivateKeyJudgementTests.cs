using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>A file holding a private key is never called a certificate or "the public key", and never "free of a key".</summary>
public sealed class PrivateKeyJudgementTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-key-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Exporting_openssl_nodes_output_writes_only_the_certificate_and_warns_of_the_key()
    {
        var pem = _work.Write("keyfirst.pem", PemFiles.KeyFirst(Chain));

        var result = TestExporter.Instance.Export(new ExportCall(pem, "pw")).Exported();

        Assert.True(result.SourceContainsPrivateKey);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public void Inspecting_openssl_nodes_output_says_it_holds_a_key()
    {
        var inspection = TestExporter.Instance.InspectCer(_work.Write("keyfirst.pem", PemFiles.KeyFirst(Chain)));

        Assert.True(inspection.ContainsPrivateKey);
        Assert.False(inspection.IsUploadForm);
    }

    [Fact]
    public void Inspecting_a_key_only_file_warns_of_the_key()
    {
        var error = Assert.Throws<ExportException>(() => TestExporter.Instance.InspectCer(_work.Write("key.pem", PemFiles.KeyOnly(Chain))));

        Assert.Equal(ExportErrorKind.NotACertificate, error.Kind);
        Assert.Contains(CertificateText.HoldsPrivateKey.English, error.Text.English);
    }

    [Fact]
    public void A_PEM_certificate_followed_by_a_raw_DER_key_holds_other_data_and_does_not_suit_the_register()
    {
        var inspection = TestExporter.Instance.InspectCer(_work.Write("Testfirma.cer", PemFiles.CertificateThenDerKey(Chain)));

        Assert.True(inspection.HasOtherData);
        Assert.False(inspection.IsUploadForm);
    }

    [Fact]
    public void OpenSSL_explanatory_lines_around_a_PEM_certificate_are_not_other_data()
    {
        var text = "subject=CN=Testfirma\nissuer=CN=Udsteder\n" + Chain.Leaf.ExportCertificatePem() + "\n";

        var inspection = TestExporter.Instance.InspectCer(_work.Write("Testfirma.cer", System.Text.Encoding.ASCII.GetBytes(text)));

        Assert.False(inspection.HasOtherData);
        Assert.False(inspection.ContainsPrivateKey);
    }
}

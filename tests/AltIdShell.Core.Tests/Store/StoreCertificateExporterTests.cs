using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Store;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Store;

public sealed class StoreCertificateExporterTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly WorkFolder _work = new("altid-store-export-");

    public void Dispose() => _work.Dispose();

    private static StoreCertificate FromStore(string name = "Testfirma systemcertifikat")
    {
        var der = CertificateFactory.Oces3System(Now, name: name).Leaf.RawData;
        return new StoreCertificate(CertificateStoreLocation.CurrentUser, der, CertificateDescriber.Describe(der, Now));
    }

    [Fact]
    public void Writes_the_der_certificate_named_after_the_certificate_and_nothing_else()
    {
        var certificate = FromStore();
        var result = StoreCertificateExporter.Default.Export(certificate, _work.Info.FullName);
        Assert.Equal(ExportOutcome.Written, result.Outcome);
        Assert.Equal(_work.PathOf("Testfirma systemcertifikat.cer"), result.OutputPath);
        Assert.Equal(certificate.Der, File.ReadAllBytes(result.OutputPath));
        Assert.Equal(new[] { result.OutputPath }, Directory.GetFiles(_work.Info.FullName));
        Assert.Same(certificate.Summary, result.Summary);
    }

    [Fact]
    public void Exporting_the_same_certificate_again_writes_nothing()
    {
        var certificate = FromStore();
        StoreCertificateExporter.Default.Export(certificate, _work.Info.FullName);
        Assert.Equal(ExportOutcome.AlreadyExported, StoreCertificateExporter.Default.Export(certificate, _work.Info.FullName).Outcome);
        Assert.Single(Directory.GetFiles(_work.Info.FullName));
    }

    [Fact]
    public void A_different_file_of_that_name_is_never_overwritten_without_asking()
    {
        var certificate = FromStore();
        var existing = _work.PathOf("Testfirma systemcertifikat.cer");
        var old = FromStore("Det gamle certifikat").Der;
        File.WriteAllBytes(existing, old);

        var error = Assert.Throws<ExportException>(() => StoreCertificateExporter.Default.Export(certificate, _work.Info.FullName));
        Assert.Equal(ExportErrorKind.OutputExists, error.Kind);
        Assert.True(error.MayReplace);
        Assert.Equal(old, File.ReadAllBytes(existing));

        var kept = StoreCertificateExporter.Default.Export(certificate, _work.Info.FullName, ExistingFileChoice.KeepBoth);
        Assert.Equal(_work.PathOf("Testfirma systemcertifikat (2).cer"), kept.OutputPath);
        Assert.Equal(old, File.ReadAllBytes(existing));

        var replaced = StoreCertificateExporter.Default.Export(certificate, _work.Info.FullName, ExistingFileChoice.Replace);
        Assert.Equal(ExportOutcome.Replaced, replaced.Outcome);
        Assert.Equal(certificate.Der, File.ReadAllBytes(existing));
    }

    [Fact]
    public void A_missing_folder_is_an_export_error_not_a_crash()
    {
        var error = Assert.Throws<ExportException>(() => StoreCertificateExporter.Default.Export(FromStore(), _work.PathOf("gone")));
        Assert.Equal(ExportErrorKind.SourceNotFound, error.Kind);
    }

    [Fact]
    public void A_file_in_the_way_that_is_no_certificate_is_not_replaced_even_when_asked_to()
    {
        var existing = _work.PathOf("Testfirma systemcertifikat.cer");
        File.WriteAllText(existing, "notes, not a certificate");

        var error = Assert.Throws<ExportException>(() => StoreCertificateExporter.Default.Export(FromStore(), _work.Info.FullName, ExistingFileChoice.Replace));

        Assert.Equal(ExportErrorKind.OutputExists, error.Kind);
        Assert.False(error.MayReplace);
        Assert.Contains("is not a certificate", error.Text.English);
        Assert.Equal("notes, not a certificate", File.ReadAllText(existing));
    }
}

using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// The file being exported from is never written, replaced or renamed, whatever it is called and whichever other
/// name leads to it: a .p12 named .cer would otherwise be replaced by its own certificate, and the private key lost.
/// </summary>
public sealed class InputNeverTouchedTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-input-");

    public void Dispose() => _work.Dispose();

    private string Write(string name)
    {
        var path = _work.PathOf(name);
        File.WriteAllBytes(path, Pkcs12Factory.Build(Chain, "pw"));
        return path;
    }

    [Theory]
    [InlineData(ExistingFileChoice.Replace)]
    [InlineData(ExistingFileChoice.Ask)]
    public void A_pkcs12_file_named_cer_is_refused_and_left_byte_identical(ExistingFileChoice choice)
    {
        var source = Write("Testfirma.cer");
        var before = File.ReadAllBytes(source);

        var error = Assert.Throws<ExportException>(() => TestExporter.Instance.Export(new ExportRequest(source, "pw") with { ExistingFile = choice }));

        Assert.Equal(ExportErrorKind.OutputIsInput, error.Kind);
        Assert.Equal(before, File.ReadAllBytes(source));
        Assert.Equal(new[] { "Testfirma.cer" }, _work.Info.GetFiles().Select(f => f.Name));
    }

    [Fact]
    [Trait("Category", LinuxTools.Trait)]
    public void A_hard_link_to_the_source_where_the_cer_goes_is_refused_and_both_names_keep_the_pkcs12()
    {
        var source = Write("Testfirma.p12");
        var before = File.ReadAllBytes(source);
        var link = _work.PathOf("Testfirma.cer");
        ExternalTool.Run("ln", new[] { source, link });

        var error = Assert.Throws<ExportException>(() => TestExporter.Instance.Export(new ExportRequest(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }));

        Assert.Equal(ExportErrorKind.OutputIsInput, error.Kind);
        Assert.Equal(before, File.ReadAllBytes(source));
        Assert.Equal(before, File.ReadAllBytes(link));
    }

    [Fact]
    public void The_source_reached_through_a_symbolic_link_to_its_folder_is_refused()
    {
        var source = Write("Testfirma.cer");
        var before = File.ReadAllBytes(source);
        var alias = _work.PathOf("genvej");
        Directory.CreateSymbolicLink(alias, _work.Info.FullName);

        var error = Assert.Throws<ExportException>(() => TestExporter.Instance.Export(
            new ExportRequest(source, "pw") with { OutputDirectory = alias, ExistingFile = ExistingFileChoice.Replace }));

        Assert.Equal(ExportErrorKind.OutputIsInput, error.Kind);
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    [Fact]
    public void Another_file_of_the_same_content_is_no_reason_to_refuse()
    {
        var source = Write("Testfirma.p12");
        File.Copy(source, _work.PathOf("Testfirma.cer"));

        var result = TestExporter.Instance.Export(new ExportRequest(source, "pw") with { ExistingFile = ExistingFileChoice.Replace });

        Assert.Equal(ExportOutcome.Replaced, result.Outcome);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }
}

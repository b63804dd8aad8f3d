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

        var error = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = choice }).Stopped();

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

        var error = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }).Stopped();

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

        var error = TestExporter.Instance.Export(
            new ExportCall(source, "pw") with { OutputDirectory = alias, ExistingFile = ExistingFileChoice.Replace }).Stopped();

        Assert.Equal(ExportErrorKind.OutputIsInput, error.Kind);
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    [Fact]
    public void Another_file_of_the_same_content_is_no_reason_to_refuse()
    {
        // A PEM certificate whose copy sits at the .cer name: the same bytes, another file, and a certificate.
        var source = _work.PathOf("Testfirma.pem");
        File.WriteAllBytes(source, CertificateFiles.Pem(Chain.Leaf));
        File.Copy(source, _work.PathOf("Testfirma.cer"));

        var result = TestExporter.Instance.Export(new ExportCall(source, null) with { ExistingFile = ExistingFileChoice.Replace }).Exported();

        Assert.Equal(ExportOutcome.Replaced, result.Outcome);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public void A_copy_of_the_p12_at_the_cer_name_is_not_the_input_but_is_kept_all_the_same()
    {
        var source = Write("Testfirma.p12");
        var copy = _work.PathOf("Testfirma.cer");
        File.Copy(source, copy);

        var kept = Assert.IsType<ExportAttempt.FileInTheWay>(
            TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }));

        Assert.False(kept.MayReplace);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(copy));
    }
}

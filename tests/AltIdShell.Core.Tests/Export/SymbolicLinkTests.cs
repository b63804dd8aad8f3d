using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// Symbolic links an export cannot follow. A loop once reached people as "stat failed with errno 40", and a loop at
/// the .p12 was reported against the .cer. A link at the .cer's name whose target is gone was said not to exist
/// ("The file does not exist: …/Testfirma.cer"); it is in the way, like any file that is not a certificate, and is
/// left alone. Windows' links need privileges to make, hence the Linux-only trait; there File.Exists sees a dangling
/// link as a file, which then cannot be read and is kept as such (ReplaceOnlyCertificatesTests).
/// </summary>
[Trait("Category", LinuxTools.Trait)]
public sealed class SymbolicLinkTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-links-");

    public void Dispose() => _work.Dispose();

    private string P12(string name = "Testfirma.p12") => _work.Write(name, Pkcs12Factory.Build(Chain, "pw"));

    private string Link(string name, string target)
    {
        File.CreateSymbolicLink(_work.PathOf(name), target);
        return _work.PathOf(name);
    }

    private string[] Names() => _work.Info.GetFileSystemInfos().Select(f => f.Name).Order().ToArray();

    [Fact]
    public void A_link_loop_as_input_is_said_to_be_a_loop_and_named_in_both_languages()
    {
        var loop = Link("Løkke.p12", "Løkke.p12");

        var exported = TestExporter.Instance.Export(new ExportCall(loop, "pw")).Stopped();
        var read = TestExporter.Instance.Read(loop, "pw").Stopped();

        foreach (var error in new[] { exported, read })
        {
            Assert.Equal(ExportErrorKind.Io, error.Kind);
            Assert.Equal($"The path {loop} goes through symbolic links that form a loop, so it leads to no file. Fix or delete the link.", error.Text.English);
            Assert.Equal($"Stien {loop} går gennem symbolske links, der danner en løkke, så den fører ikke til nogen fil. Ret eller slet linket.", error.Text.Danish);
        }
        Assert.Equal(new[] { "Løkke.p12" }, Names());
    }

    [Fact]
    public void A_link_loop_at_the_cer_name_is_said_to_be_a_loop_and_left_alone()
    {
        var source = P12();
        var loop = Link("Testfirma.cer", "Testfirma.cer");

        var error = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }).Stopped();

        Assert.Equal(ExportErrorKind.Io, error.Kind);
        Assert.Contains(loop + " goes through symbolic links that form a loop", error.Text.English);
        Assert.Equal("Testfirma.cer", File.ResolveLinkTarget(loop, returnFinalTarget: false)!.Name);
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, Names());
    }

    [Fact]
    public void A_name_too_long_for_the_file_system_is_said_to_be_too_long()
    {
        var tooLong = _work.PathOf(new string('a', 300) + ".p12");

        var error = TestExporter.Instance.Export(new ExportCall(tooLong, "pw")).Stopped();

        Assert.Equal(ExportErrorKind.PathTooLong, error.Kind);
        Assert.Contains("too long", error.Text.English);
        Assert.DoesNotContain("errno", error.Text.English);
    }

    [Theory]
    [InlineData(ExistingFileChoice.Ask)]
    [InlineData(ExistingFileChoice.Replace)]
    public void A_broken_link_at_the_cer_name_is_said_to_be_in_the_way_and_left_alone(ExistingFileChoice choice)
    {
        var source = P12();
        var link = Link("Testfirma.cer", "findes-ikke.cer");

        var attempt = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = choice });

        var inTheWay = Assert.IsType<ExportAttempt.FileInTheWay>(attempt);
        Assert.False(inTheWay.MayReplace);
        Assert.Equal(link, inTheWay.ExistingPath);
        Assert.Contains("it is a symbolic link to something that does not exist (a broken link)", inTheWay.Text.English);
        Assert.Contains("det er et symbolsk link til noget, der ikke findes (et brudt link)", inTheWay.Text.Danish);
        Assert.Equal("findes-ikke.cer", File.ResolveLinkTarget(link, returnFinalTarget: false)!.Name);
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, Names());
    }

    [Fact]
    public void Keep_both_passes_broken_links_by_and_writes_the_next_free_numbered_name()
    {
        var source = P12();
        Link("Testfirma.cer", "findes-ikke.cer");
        Link("Testfirma (2).cer", "findes-heller-ikke.cer");

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.KeepBoth }).Exported();

        Assert.Equal(_work.PathOf("Testfirma (3).cer"), result.OutputPath);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
        Assert.Equal(new[] { "Testfirma (2).cer", "Testfirma (3).cer", "Testfirma.cer", "Testfirma.p12" }, Names());
    }
}

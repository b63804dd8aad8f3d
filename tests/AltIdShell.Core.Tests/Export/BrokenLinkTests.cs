using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// A symbolic link at the .cer's name whose target is gone was once said not to exist ("The file does not exist:
/// …/Testfirma.cer"). It is in the way, like any file that is not a certificate, and is left alone. Windows' links
/// need privileges to make, hence the Linux-only trait; there File.Exists sees a dangling link as a file, which then
/// cannot be read and is kept as such (ReplaceOnlyCertificatesTests).
/// </summary>
[Trait("Category", LinuxTools.Trait)]
public sealed class BrokenLinkTests : IDisposable
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

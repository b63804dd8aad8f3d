using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// Paths that Linux's stat (UnixFileStatus) cannot follow: a symbolic link loop once reached people as "stat failed
/// with errno 40", and a loop at the .p12 was reported against the .cer. Windows' links need privileges to make and
/// take other paths, hence the Linux-only trait.
/// </summary>
[Trait("Category", LinuxTools.Trait)]
public sealed class UnfollowablePathTests : IDisposable
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
}

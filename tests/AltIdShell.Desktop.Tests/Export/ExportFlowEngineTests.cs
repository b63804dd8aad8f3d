using AltIdShell.Core.Export;
using AltIdShell.Desktop.Export;
using AltIdShell.Desktop.Recent;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Export;

/// <summary>The flow with the real engine, as the tray runs it: a person mistypes, retries, meets an old .cer.</summary>
public sealed class ExportFlowEngineTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-flow-");

    public void Dispose() => _work.Dispose();

    private (string P12, CertificateFactory.Chain Chain) Generated(string name)
    {
        var chain = CertificateFactory.Oces3System(TestClock.Now, organisation: "Flowfirma ApS", cvr: "87654321");
        var path = _work.PathOf(name + ".p12");
        File.WriteAllBytes(path, Pkcs12Factory.Build(chain, "rigtigt"));
        return (path, chain);
    }

    [Fact]
    public async Task Wrong_then_right_password_writes_the_leaf_and_records_it()
    {
        var (p12, chain) = Generated("Flowfirma");
        var ui = new ScriptedUi("forkert", "rigtigt");

        var result = Assert.Single(await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { p12 })).Exported();

        Assert.Single(ui.Complaints);
        Assert.Equal(_work.PathOf("Flowfirma.cer"), result.OutputPath);
        Assert.Equal(chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
        Assert.Equal("87654321", result.Summary.Cvr);

        var store = new RecentExportsStore(_work.PathOf("state"));
        store.Add(RecentExport.From(p12, result, TestClock.Now));
        Assert.Equal("Flowfirma ApS", Assert.Single(store.Load()).Organisation);
    }

    [Fact]
    public async Task A_different_cer_in_the_way_is_kept_when_the_user_says_keep_both()
    {
        var (p12, chain) = Generated("Flowfirma");
        var old = _work.PathOf("Flowfirma.cer");
        File.WriteAllBytes(old, new byte[] { 1, 2, 3 });
        var ui = new ScriptedUi("rigtigt") { ExistingFileAnswer = ExistingFileChoice.KeepBoth };

        var result = Assert.Single(await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { p12 })).Exported();

        Assert.Equal(new[] { old }, ui.ExistingFileQuestions.Select(q => q.ExistingPath));
        Assert.False(ui.ExistingFileQuestions[0].MayReplace);
        Assert.NotEqual(old, result.OutputPath);
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(old));
        Assert.Equal(chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Theory]
    [Trait("Category", RealOcesData.Trait)]
    [MemberData(nameof(RealOcesData.Fixtures), MemberType = typeof(RealOcesData))]
    public async Task Real_OCES_files_export_byte_identical_to_OpenSSL(string fileName)
    {
        var fixture = RealOcesData.Get(fileName);
        var copy = _work.PathOf(fixture.FileName);
        File.Copy(fixture.Path!, copy);
        var ui = new ScriptedUi("not-the-password", fixture.Password);

        var result = Assert.Single(await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { copy })).Exported();

        Assert.Single(ui.Complaints);
        Assert.Equal(OpenSsl.ReferenceCer(fixture.Path!, fixture.Password), File.ReadAllBytes(result.OutputPath));
    }
}

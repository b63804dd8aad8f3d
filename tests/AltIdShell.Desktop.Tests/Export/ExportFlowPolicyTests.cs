using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Desktop.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Export;

/// <summary>The parts of the batch policy the tray and altid-export share beyond asking for passwords.</summary>
public sealed class ExportFlowPolicyTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-flow-");

    public void Dispose() => _work.Dispose();

    private string Write(string relativePath, byte[] content)
    {
        var path = _work.PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task A_file_with_neither_encryption_nor_MAC_is_exported_without_a_prompt()
    {
        var p12 = Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "nøgle", new Pkcs12Layout { CertificateEncryption = null, MacHash = null }));
        var ui = new ScriptedUi();

        var result = Assert.Single(await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { p12 })).Exported();

        Assert.Empty(ui.Prompts);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public async Task A_file_that_cannot_be_exported_at_all_is_reported_without_a_prompt()
    {
        var notPkcs12 = Write("Testfirma.p12", "ikke et certifikat"u8.ToArray());
        var ui = new ScriptedUi();

        Assert.Empty(await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { notPkcs12 }));

        Assert.Empty(ui.Prompts);
        Assert.Equal(ExportErrorKind.NotPkcs12, Assert.Single(ui.Failures).Outcome!.Kind);
    }

    [Fact]
    public async Task A_pkcs12_file_named_cer_is_refused_in_the_tray_flow_too()
    {
        var disguised = Write("Testfirma.cer", Pkcs12Factory.Build(Chain, "pw"));
        var before = File.ReadAllBytes(disguised);
        var ui = new ScriptedUi("pw") { ExistingFileAnswer = ExistingFileChoice.Replace };

        Assert.Empty(await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { disguised }));

        Assert.Equal(ExportErrorKind.OutputIsInput, Assert.Single(ui.Failures).Outcome!.Kind);
        Assert.Equal(before, File.ReadAllBytes(disguised));
    }

    [Fact]
    public async Task Files_of_the_same_name_from_different_folders_are_named_by_their_full_paths()
    {
        var first = Write("Kunde A/Testfirma.p12", "ikke et certifikat"u8.ToArray());
        var second = Write("Kunde B/Testfirma.p12", "heller ikke"u8.ToArray());
        var other = Write("Kunde B/Andet.p12", "heller ikke"u8.ToArray());
        var ui = new ScriptedUi();

        await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { first, second, other });

        Assert.Equal(new[] { first, second, "Andet.p12" }, ui.Failures.Select(f => f.DisplayName));
    }

    [Fact]
    public async Task An_attempt_that_never_returns_is_given_up_and_the_flow_ends()
    {
        using var never = new ManualResetEventSlim();
        var ui = new ScriptedUi("pw");
        IExportFile Hang(string path)
        {
            never.Wait();
            throw new InvalidOperationException("released");
        }
        var results = await new ExportFlow(Hang, ui, TimeSpan.Zero).RunAsync(new[] { "/a.p12" });
        never.Set();

        Assert.Empty(results);
        Assert.StartsWith("The file could not be read within 0 seconds", Assert.Single(ui.Errors));
    }
}

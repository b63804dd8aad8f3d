using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.FileSystem;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// A .cer marked read-only, with Windows' rules switched on: Windows refuses to replace it, and the user is told why
/// (the real Windows case runs under Wine in tests/scripts/cli-under-wine.sh).
/// </summary>
public sealed class ReadOnlyFileTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-readonly-file-");

    public void Dispose()
    {
        foreach (var file in _work.Info.GetFiles())
            file.Attributes = FileAttributes.Normal;
        _work.Dispose();
    }

    [Fact]
    public void Replacing_a_read_only_cer_is_refused_with_the_reason_and_the_file_is_kept()
    {
        var source = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(source, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw"));
        var existing = _work.PathOf("Testfirma.cer");
        // A certificate, the only kind of file a .cer may replace: what keeps it here is its read-only mark.
        var old = CertificateFactory.Oces3System(TestClock.Now, name: "Gammelt certifikat").Leaf.RawData;
        File.WriteAllBytes(existing, old);
        File.SetAttributes(existing, FileAttributes.ReadOnly);
        var exporter = new CertificateExporter(null, () => TestClock.Now, new PhysicalFileSystem(windowsRules: true));

        var error = exporter.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }).Stopped();

        Assert.Equal(ExportErrorKind.AccessDenied, error.Kind);
        Assert.Contains("read-only", error.Text.English);
        Assert.Contains("skrivebeskyttet", error.Text.Danish);
        Assert.Equal(old, File.ReadAllBytes(existing));
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, _work.Info.GetFiles().Select(f => f.Name).Order());
    }
}

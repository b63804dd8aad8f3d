using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.FileSystem;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// Windows' device names, through the engine with Windows' naming rules switched on (the real Windows case runs under
/// Wine in tests/scripts/cli-under-wine.sh). Here the names are ordinary files, so a slip would show as a written file.
/// </summary>
public sealed class ReservedNameTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-reserved-");
    private readonly CertificateExporter _windows = new(null, () => TestClock.Now, new PhysicalFileSystem(windowsRules: true));

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_p12_named_after_a_device_is_refused_before_it_is_read()
    {
        var source = _work.PathOf("nul.p12");
        File.WriteAllBytes(source, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw"));

        var error = _windows.Export(new ExportCall(source, "pw")).Stopped();

        Assert.Equal(ExportErrorKind.ReservedName, error.Kind);
        Assert.Contains("NUL", error.Text.English);
        Assert.Contains("Omdøb filen", error.Text.Danish);
        Assert.Equal(new[] { "nul.p12" }, _work.Info.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void The_writer_never_puts_a_file_in_place_under_a_device_name()
    {
        var fileSystem = new PhysicalFileSystem(windowsRules: true);
        var temporary = _work.PathOf(".CON.cer.1a2b.tmp");
        File.WriteAllBytes(temporary, new byte[] { 1 });

        Assert.Throws<ReservedNameException>(() => fileSystem.MoveNoOverwrite(temporary, _work.PathOf("CON.cer")));
        Assert.Throws<ReservedNameException>(() => fileSystem.Replace(temporary, _work.PathOf("con .cer")));
        Assert.Equal(new[] { ".CON.cer.1a2b.tmp" }, _work.Info.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Without_Windows_naming_rules_the_same_names_are_ordinary_files()
    {
        var source = _work.PathOf("nul.p12");
        File.WriteAllBytes(source, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw"));

        var result = new CertificateExporter(null, () => TestClock.Now, new PhysicalFileSystem(windowsRules: false))
            .Export(new ExportCall(source, "pw")).Exported();

        Assert.Equal(_work.PathOf("nul.cer"), result.OutputPath);
    }
}

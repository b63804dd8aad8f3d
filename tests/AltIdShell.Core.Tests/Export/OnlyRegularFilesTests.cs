using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// Only regular files are read or written: a FIFO once made the export wait for ever for a writer, a folder was
/// reported as "access denied", and a missing --out folder as a missing file.
/// </summary>
[Trait("Category", LinuxTools.Trait)]
public sealed class OnlyRegularFilesTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-regular-");

    public void Dispose() => _work.Dispose();

    private string Path_(string name) => _work.PathOf(name);

    private string P12()
    {
        var path = Path_("Testfirma.p12");
        File.WriteAllBytes(path, Pkcs12Factory.Build(Chain, "pw"));
        return path;
    }

    private string Fifo(string name)
    {
        var path = Path_(name);
        ExternalTool.Run("mkfifo", new[] { path });
        return path;
    }

    private static ExportAttempt.Stopped Refused(ExportCall request) =>
        TestExporter.Instance.Export(request).Stopped();

    [Fact]
    public void A_FIFO_as_input_is_refused_at_once()
    {
        var error = Refused(new ExportCall(Fifo("b.p12"), "pw"));

        Assert.Equal(ExportErrorKind.NotARegularFile, error.Kind);
        Assert.Contains("FIFO", error.Text.English);
    }

    [Fact]
    public void A_FIFO_where_the_cer_goes_is_refused_at_once_and_left_alone()
    {
        var p12 = P12();
        var fifo = Fifo("Testfirma.cer");

        var error = Refused(new ExportCall(p12, "pw") with { ExistingFile = ExistingFileChoice.Replace });

        Assert.Equal(ExportErrorKind.NotARegularFile, error.Kind);
        Assert.Equal(FileAttributes.None, File.GetAttributes(fifo) & FileAttributes.Directory);
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, _work.Info.GetFileSystemInfos().Select(f => f.Name).Order());
    }

    [Fact]
    public void A_FIFO_among_the_numbered_names_is_passed_by_without_reading_it()
    {
        var p12 = P12();
        File.WriteAllBytes(Path_("Testfirma.cer"), Chain.Issuer.RawData);
        Fifo("Testfirma (2).cer");

        var error = Refused(new ExportCall(p12, "pw") with { ExistingFile = ExistingFileChoice.KeepBoth });

        Assert.Equal(ExportErrorKind.NotARegularFile, error.Kind);
    }

    [Fact]
    public void A_device_as_input_is_refused()
    {
        var error = Refused(new ExportCall("/dev/zero", "pw"));

        Assert.Equal(ExportErrorKind.NotARegularFile, error.Kind);
    }

    [Fact]
    public void A_folder_as_input_says_it_is_a_folder_and_to_name_the_p12_file()
    {
        var folder = Directory.CreateDirectory(Path_("Certifikater.p12")).FullName;

        var error = Refused(new ExportCall(folder, "pw"));

        Assert.Equal(ExportErrorKind.NotARegularFile, error.Kind);
        Assert.Contains("is a folder. Name the .p12 file itself.", error.Text.English);
        Assert.Contains("er en mappe. Angiv selve .p12-filen.", error.Text.Danish);
    }

    [Fact]
    public void A_folder_where_the_cer_goes_is_named_as_such()
    {
        var p12 = P12();
        Directory.CreateDirectory(Path_("Testfirma.cer"));

        var error = Refused(new ExportCall(p12, "pw") with { ExistingFile = ExistingFileChoice.Replace });

        Assert.Equal(ExportErrorKind.NotARegularFile, error.Kind);
        Assert.Contains("There is a folder named", error.Text.English);
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_is_said_to_be_missing_and_not_created()
    {
        var missing = Path_("findes-ikke");

        var error = Refused(new ExportCall(P12(), "pw") with { OutputDirectory = missing });

        Assert.Equal(ExportErrorKind.OutputFolderMissing, error.Kind);
        Assert.Contains("There is no folder named " + missing, error.Text.English);
        Assert.False(Directory.Exists(missing));
    }
}

using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

public sealed class CertificateExporterTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly CertificateFactory.Chain OtherChain = CertificateFactory.Oces3System(TestClock.Now, name: "Andet certifikat");
    private readonly WorkFolder _work = new("altid-export-");

    public void Dispose() => _work.Dispose();

    private string WriteP12(string relativePath, CertificateFactory.Chain? chain = null)
    {
        var path = _work.PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Pkcs12Factory.Build(chain ?? Chain, "pw"));
        return path;
    }

    private string[] FilesInWork() => _work.Info.GetFiles("*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_work.Info.FullName, f.FullName)).Order().ToArray();

    [Theory]
    [InlineData("Testfirma.p12")]
    [InlineData("Testfirma.PFX")]
    [InlineData("Mappe med mellemrum/Kødpålæg ÆØÅ æøå.p12")]
    [InlineData("a b/c.d/Testfirma.v2.p12")]
    public void Writes_the_sibling_cer_in_DER(string relativePath)
    {
        var source = WriteP12(relativePath);

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw")).Exported();

        var expected = Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileNameWithoutExtension(source) + ".cer");
        Assert.Equal(expected, result.OutputPath);
        Assert.Equal(ExportOutcome.Written, result.Outcome);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(expected));
    }

    [Fact]
    public void Paths_longer_than_260_characters_work()
    {
        var deep = string.Join("/", Enumerable.Repeat("en meget lang mappe med æøå", 12));
        var source = WriteP12(deep + "/Testfirma.p12");
        Assert.True(source.Length > 300);

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw")).Exported();

        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
    }

    [Fact]
    public void Writes_PEM_on_request_that_OpenSSL_reads_back_to_the_same_certificate()
    {
        var source = WriteP12("Testfirma.p12");

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw") with { Format = CerFormat.Pem }).Exported();

        var pem = File.ReadAllBytes(result.OutputPath);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", System.Text.Encoding.ASCII.GetString(pem));
        Assert.Equal(Chain.Leaf.RawData, OpenSsl.Run(new[] { "x509", "-outform", "DER" }, pem));
    }

    [Fact]
    public void Writes_into_another_folder_on_request()
    {
        var source = WriteP12("in/Testfirma.p12");
        var output = Directory.CreateDirectory(_work.PathOf("out")).FullName;

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw") with { OutputDirectory = output }).Exported();

        Assert.Equal(Path.Combine(output, "Testfirma.cer"), result.OutputPath);
    }

    [Fact]
    public void The_same_certificate_already_there_is_reported_and_left_untouched()
    {
        var source = WriteP12("Testfirma.p12");
        var first = TestExporter.Instance.Export(new ExportCall(source, "pw")).Exported();
        var writtenAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(first.OutputPath, writtenAt);

        var second = TestExporter.Instance.Export(new ExportCall(source, "pw")).Exported();

        Assert.Equal(ExportOutcome.AlreadyExported, second.Outcome);
        Assert.Equal(first.OutputPath, second.OutputPath);
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(second.OutputPath));
    }

    [Fact]
    public void A_different_cer_is_never_overwritten_without_being_asked()
    {
        var source = WriteP12("Testfirma.p12");
        var existing = _work.PathOf("Testfirma.cer");
        File.WriteAllBytes(existing, OtherChain.Leaf.RawData);

        var error = Assert.IsType<ExportAttempt.FileInTheWay>(TestExporter.Instance.Export(new ExportCall(source, "pw")));

        Assert.Equal(ExportErrorKind.OutputExists, error.Kind);
        Assert.Equal(existing, error.ExistingPath);
        Assert.Equal(OtherChain.Leaf.RawData, File.ReadAllBytes(existing));
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, FilesInWork());
    }

    [Fact]
    public void Keep_both_writes_the_next_free_numbered_name()
    {
        var source = WriteP12("Testfirma.p12");
        File.WriteAllBytes(_work.PathOf("Testfirma.cer"), OtherChain.Leaf.RawData);
        File.WriteAllBytes(_work.PathOf("Testfirma (2).cer"), new byte[] { 1, 2, 3 });

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.KeepBoth }).Exported();

        Assert.Equal(_work.PathOf("Testfirma (3).cer"), result.OutputPath);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
        Assert.Equal(OtherChain.Leaf.RawData, File.ReadAllBytes(_work.PathOf("Testfirma.cer")));
    }

    [Fact]
    public void Keep_both_finds_an_earlier_numbered_copy_of_the_same_certificate()
    {
        var source = WriteP12("Testfirma.p12");
        File.WriteAllBytes(_work.PathOf("Testfirma.cer"), OtherChain.Leaf.RawData);
        File.WriteAllBytes(_work.PathOf("Testfirma (2).cer"), Chain.Leaf.RawData);

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.KeepBoth }).Exported();

        Assert.Equal(ExportOutcome.AlreadyExported, result.Outcome);
        Assert.Equal(_work.PathOf("Testfirma (2).cer"), result.OutputPath);
    }

    [Fact]
    public void Replace_puts_the_new_certificate_in_place()
    {
        var source = WriteP12("Testfirma.p12");
        File.WriteAllBytes(_work.PathOf("Testfirma.cer"), OtherChain.Leaf.RawData);

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }).Exported();

        Assert.Equal(ExportOutcome.Replaced, result.Outcome);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, FilesInWork());
    }

    [Fact]
    public void A_fingerprint_chooses_among_several_leaves_and_an_unknown_one_is_named()
    {
        var source = _work.PathOf("To.p12");
        File.WriteAllBytes(source, Pkcs12Factory.Build(new[] { Chain.Leaf, OtherChain.Leaf }, null, "pw", new Pkcs12Layout { WithKey = false }));
        var several = Assert.IsType<ExportAttempt.ChooseCertificate>(TestExporter.Instance.Export(new ExportCall(source, "pw")));
        Assert.Equal(ExportErrorKind.SeveralCertificates, several.Kind);
        Assert.Equal(2, several.Candidates.Count);

        var chosen = TestExporter.Instance.Export(new ExportCall(source, "pw") with { SelectedSha256 = several.Candidates[1].Sha256Fingerprint }).Exported();
        Assert.Equal(OtherChain.Leaf.RawData, File.ReadAllBytes(chosen.OutputPath));

        var unknown = TestExporter.Instance.Read(source, "pw", "00:11").Stopped();
        Assert.Contains("no certificate with the SHA-256 fingerprint given", unknown.Text.English);
        Assert.DoesNotContain("00:11", unknown.Text.English);
    }

    [Fact]
    public void A_missing_source_file_is_named()
    {
        var error = TestExporter.Instance.Export(new ExportCall(_work.PathOf("nope.p12"), "pw")).Stopped();

        Assert.Equal(ExportErrorKind.SourceNotFound, error.Kind);
        Assert.Contains("nope.p12", error.Text.English);
    }

    [Fact]
    public void A_50_MB_file_is_refused_by_its_size_without_being_read()
    {
        var source = _work.PathOf("Stor.p12");
        using (var file = File.Create(source))
            file.SetLength(50L * 1024 * 1024);
        var readBefore = BytesReadByThisProcess();

        var error = TestExporter.Instance.Export(new ExportCall(source, "pw")).Stopped();

        // Tests running beside this one read a few megabytes at most; reading this file would add 50.
        Assert.InRange(BytesReadByThisProcess() - readBefore, 0, 40L * 1024 * 1024);
        Assert.Equal(ExportErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("52,428,800", error.Text.English);
        Assert.Equal(new[] { "Stor.p12" }, FilesInWork());
    }

    /// <summary>Bytes this process has read through system calls so far (Linux's per-process I/O accounting).</summary>
    private static long BytesReadByThisProcess() =>
        long.Parse(File.ReadLines("/proc/self/io").First(line => line.StartsWith("rchar:", StringComparison.Ordinal))["rchar:".Length..]);

    [Fact]
    public void A_wrong_password_writes_nothing()
    {
        var source = WriteP12("Testfirma.p12");

        TestExporter.Instance.Export(new ExportCall(source, "wrong")).Stopped();

        Assert.Equal(new[] { "Testfirma.p12" }, FilesInWork());
    }

    public static TheoryData<FaultStep, Exception, ExportErrorKind> Faults() => new()
    {
        { FaultStep.WriteNewFile, new UnauthorizedAccessException("read-only folder"), ExportErrorKind.AccessDenied },
        { FaultStep.WriteNewFile, new IOException("disk full", OperatingSystem.IsWindows() ? unchecked((int)0x80070070) : 28), ExportErrorKind.DiskFull },
        { FaultStep.MoveNoOverwrite, new UnauthorizedAccessException("denied"), ExportErrorKind.AccessDenied },
        { FaultStep.MoveNoOverwrite, new IOException("device gone"), ExportErrorKind.Io },
        { FaultStep.WriteNewFile, new PathTooLongException(), ExportErrorKind.PathTooLong },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_failure_while_writing_leaves_no_partial_or_temporary_file(FaultStep step, Exception failure, ExportErrorKind expected)
    {
        var source = WriteP12("Testfirma.p12");
        var exporter = new CertificateExporter(null, () => TestClock.Now, new FaultyFileSystem(step, failure));

        var error = exporter.Export(new ExportCall(source, "pw")).Stopped();

        Assert.Equal(expected, error.Kind);
        Assert.Equal(new[] { "Testfirma.p12" }, FilesInWork());
    }

    [Fact]
    public void A_failed_replace_keeps_the_old_cer_whole()
    {
        var source = WriteP12("Testfirma.p12");
        File.WriteAllBytes(_work.PathOf("Testfirma.cer"), OtherChain.Leaf.RawData);
        var exporter = new CertificateExporter(null, () => TestClock.Now, new FaultyFileSystem(FaultStep.Replace, new IOException("locked")));

        exporter.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }).Stopped();

        Assert.Equal(OtherChain.Leaf.RawData, File.ReadAllBytes(_work.PathOf("Testfirma.cer")));
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, FilesInWork());
    }
}

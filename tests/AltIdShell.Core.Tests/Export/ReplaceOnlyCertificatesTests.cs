using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// Replace replaces only a file that is itself a certificate: a .p12, a key or anything unreadable at the .cer's name
/// is kept byte for byte, whatever was chosen (security review F1: `--replace` once destroyed a PKCS#12 named .cer).
/// </summary>
public sealed class ReplaceOnlyCertificatesTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly CertificateFactory.Chain Other = CertificateFactory.Oces3System(TestClock.Now, name: "Andet certifikat");
    private readonly WorkFolder _work = new("altid-replace-");

    public void Dispose() => _work.Dispose();

    public static TheoryData<string> NotCertificates() => new()
    {
        "pkcs12", "pem-key", "pem-certificate-and-key", "der-certificate-and-der-key", "text", "empty", "too-large",
    };

    private static byte[] Target(string kind) => kind switch
    {
        "pkcs12" => Pkcs12Factory.Build(Other, "andet"),
        "pem-key" => PemFiles.KeyOnly(Other),
        "pem-certificate-and-key" => PemFiles.KeyFirst(Other),
        "der-certificate-and-der-key" => PemFiles.CertificateThenDerKey(Other),
        "text" => "Husk at forny certifikatet i marts."u8.ToArray(),
        "empty" => Array.Empty<byte>(),
        "too-large" => new byte[1024 * 1024 + 1],
        "der" => Other.Leaf.RawData,
        "pem" => CertificateFiles.Pem(Other.Leaf),
        "base64" => CertificateFiles.BareBase64(Other.Leaf.RawData),
        "p7b" => CertificateFiles.OpenSslP7b(false, Other.Leaf, Other.Issuer),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private (string Source, string Cer) Prepare(string targetKind)
    {
        var source = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, "pw"));
        var cer = _work.Write("Firma.cer", Target(targetKind));
        return (source, cer);
    }

    [Theory]
    [MemberData(nameof(NotCertificates))]
    public void Replace_keeps_a_file_that_is_not_a_certificate_byte_for_byte(string kind)
    {
        var (source, cer) = Prepare(kind);
        var before = File.ReadAllBytes(cer);

        var kept = Assert.IsType<ExportAttempt.FileInTheWay>(
            TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }));

        Assert.False(kept.MayReplace);
        Assert.Equal(ExportErrorKind.OutputExists, kept.Kind);
        Assert.Equal(cer, kept.ExistingPath);
        Assert.Contains("is not a certificate", kept.Text.English);
        Assert.Contains("er ikke et certifikat", kept.Text.Danish);
        Assert.Equal(before, File.ReadAllBytes(cer));
        Assert.Equal(new[] { "Firma.cer", "Firma.p12" }, _work.Files());
    }

    [Theory]
    [MemberData(nameof(NotCertificates))]
    public void Asking_says_the_file_may_not_be_replaced_and_keeping_both_still_writes(string kind)
    {
        var (source, cer) = Prepare(kind);
        var before = File.ReadAllBytes(cer);
        var file = TestExporter.Instance.Open(source);

        var asked = Assert.IsType<ExportAttempt.FileInTheWay>(file.TryPassword("pw", ExportChoices.Default));
        var both = file.TryPassword("pw", ExportChoices.Default with { ExistingFile = ExistingFileChoice.KeepBoth }).Exported();

        Assert.False(asked.MayReplace);
        Assert.Equal(_work.PathOf("Firma (2).cer"), both.OutputPath);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(both.OutputPath));
        Assert.Equal(before, File.ReadAllBytes(cer));
    }

    [Fact]
    public void The_reason_names_what_the_file_is()
    {
        var (source, _) = Prepare("pkcs12");

        var kept = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }).Stopped();

        Assert.Contains("it is a .p12/.pfx file with a private key", kept.Text.English);
    }

    [Theory]
    [InlineData(typeof(FileNotFoundException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    public void A_file_in_the_way_that_cannot_be_read_is_kept_as_such_not_said_to_be_missing(Type failure)
    {
        // What Windows gives for a link whose target is gone: File.Exists sees it, reading it finds nothing.
        var (source, cer) = Prepare("der");
        var before = File.ReadAllBytes(cer);
        var reads = 0;
        var exporter = new CertificateExporter(null, () => TestClock.Now, new FaultyFileSystem((_, operation) =>
            operation == nameof(FaultyFileSystem.ReadAllBytes) && ++reads > 1 ? (Exception)Activator.CreateInstance(failure, "gone")! : null));

        var kept = Assert.IsType<ExportAttempt.FileInTheWay>(exporter.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }));

        Assert.False(kept.MayReplace);
        Assert.Contains("it could not be read", kept.Text.English);
        Assert.Equal(before, File.ReadAllBytes(cer));
    }

    [Theory]
    [InlineData("der")]
    [InlineData("pem")]
    [InlineData("base64")]
    [InlineData("p7b")]
    public void A_certificate_in_the_way_may_be_replaced(string kind)
    {
        var (source, cer) = Prepare(kind);

        var asked = Assert.IsType<ExportAttempt.FileInTheWay>(TestExporter.Instance.Export(new ExportCall(source, "pw")));
        var replaced = TestExporter.Instance.Export(new ExportCall(source, "pw") with { ExistingFile = ExistingFileChoice.Replace }).Exported();

        Assert.True(asked.MayReplace);
        Assert.Equal(ExportOutcome.Replaced, replaced.Outcome);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(cer));
    }

    [Fact]
    public void The_reported_case_a_pkcs12_named_Firma_cer_beside_Firma_p12_is_left_as_it_was()
    {
        // altid-export export Firma.p12 Firma.cer --replace, where Firma.cer is really a PKCS#12 with its key.
        var (source, cer) = Prepare("pkcs12");
        var before = File.ReadAllBytes(cer);
        var batch = new[] { source, cer };

        var first = TestExporter.Instance.Open(source).TryPassword("pw", new ExportChoices { ExistingFile = ExistingFileChoice.Replace, Protected = new[] { cer } });
        var second = TestExporter.Instance.Open(cer).TryPassword("andet", new ExportChoices { ExistingFile = ExistingFileChoice.Replace, Protected = new[] { source } });

        Assert.Equal(ExportErrorKind.OutputIsInput, first.Stopped().Kind);
        Assert.Equal(ExportErrorKind.OutputIsInput, second.Stopped().Kind);
        Assert.Equal(before, File.ReadAllBytes(cer));
        Assert.Equal(batch.Select(Path.GetFileName).Order(), _work.Files());
    }

    [Fact]
    public void Another_input_of_the_batch_is_never_written_over_even_when_it_is_a_certificate()
    {
        var (source, cer) = Prepare("der");

        var refused = TestExporter.Instance.Open(source).TryPassword("pw",
            new ExportChoices { ExistingFile = ExistingFileChoice.Replace, Protected = new[] { cer } }).Stopped();

        Assert.Equal(ExportErrorKind.OutputIsInput, refused.Kind);
        Assert.Contains("which this export also reads or has already written", refused.Text.English);
        Assert.Equal(Other.Leaf.RawData, File.ReadAllBytes(cer));
    }
}

using System.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// Any .cer name the file system takes can be written: the temporary file beside it once carried the .cer's whole
/// name plus 14 bytes, so a .p12 whose name was within 18 bytes of the 255-byte limit could not be exported.
/// </summary>
public sealed class LongNameTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-longname-");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("a", 250)]
    [InlineData("a", 251)]
    // Two bytes each in UTF-8, the encoding of Linux's names: 125 of them are 250 bytes.
    [InlineData("æ", 125)]
    [InlineData("øå", 62)]
    public void A_cer_name_just_within_the_limit_is_written_and_nothing_temporary_is_left(string letters, int times)
    {
        var baseName = string.Concat(Enumerable.Repeat(letters, times));
        Assert.InRange(Encoding.UTF8.GetByteCount(baseName + ".cer"), 250, 255);
        var source = _work.Write(baseName + ".p12", Pkcs12Factory.Build(Chain, "pw"));

        var result = TestExporter.Instance.Export(new ExportCall(source, "pw")).Exported();

        Assert.Equal(_work.PathOf(baseName + ".cer"), result.OutputPath);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(result.OutputPath));
        Assert.Equal(new[] { baseName + ".cer", baseName + ".p12" }, _work.Info.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }
}

using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// An input that may not be read is said to be that, by every way in: it was once reported with the write's words
/// ("the folder may be read-only; choose another folder"), even by inspect, which writes nothing. The denial comes
/// from the seam, as root may read any file (the real permissions: the CLI's PermissionTests).
/// </summary>
public sealed class UnreadableInputTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-unreadable-");

    public void Dispose() => _work.Dispose();

    private static CertificateExporter Denying() =>
        new(null, () => TestClock.Now, new FaultyFileSystem((_, operation) =>
            operation == nameof(FaultyFileSystem.ReadAllBytes) ? new UnauthorizedAccessException("Access to the path is denied.") : null));

    [Fact]
    public void Export_read_and_check_each_say_the_file_may_not_be_read()
    {
        var p12 = _work.Write("Testfirma.p12", Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw"));
        var cer = _work.Write("Testfirma.cer", CertificateFactory.Oces3System(TestClock.Now).Leaf.RawData);

        var errors = new[]
        {
            (Denying().Export(new ExportCall(p12, "pw")).Stopped().Text, p12),
            (Denying().Read(p12, "pw").Stopped().Text, p12),
            (Assert.Throws<ExportException>(() => Denying().InspectCer(cer)).Text, cer),
        };

        foreach (var (text, path) in errors)
        {
            Assert.Equal($"Access denied: you may not read the file {path}. Ask the file's owner or your IT department for access.", text.English);
            Assert.Equal($"Adgang nægtet: du må ikke læse filen {path}. Bed ejeren af filen eller jeres it-afdeling om adgang.", text.Danish);
        }
        Assert.Equal(new[] { "Testfirma.cer", "Testfirma.p12" }, _work.Files());
    }

    [Fact]
    public void A_file_that_cannot_be_read_says_so_before_anything_about_its_cer()
    {
        var p12 = _work.Write("Testfirma.p12", Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw"));
        var call = new ExportCall(p12, "pw") { OutputDirectory = _work.PathOf("findes ikke") };

        var stopped = Denying().Export(call).Stopped();

        Assert.Equal(ExportErrorKind.AccessDenied, stopped.Kind);
        Assert.StartsWith("Access denied: you may not read the file", stopped.Text.English);
    }
}

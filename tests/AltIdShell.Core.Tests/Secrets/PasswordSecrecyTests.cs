using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.FileSystem;
using AltIdShell.Core.Tests.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Secrets;

/// <summary>
/// Every error kind the engine can be made to throw, provoked while a distinctive password is in play: the password
/// appears in no message, no inner exception and no stack trace.
/// </summary>
public sealed class PasswordSecrecyTests : IDisposable
{
    private const string Secret = "Hemmelig-Ærø-7731";
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-secret-");

    public void Dispose() => _work.Dispose();

    // FileLocked comes only from Windows' sharing-violation codes, which this platform never raises.
    private static readonly ExportErrorKind[] NotProvokableHere = { ExportErrorKind.FileLocked };

    public static TheoryData<ExportErrorKind> Provokable()
    {
        var data = new TheoryData<ExportErrorKind>();
        foreach (var kind in Enum.GetValues<ExportErrorKind>().Except(NotProvokableHere))
            data.Add(kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(Provokable))]
    public void No_error_carries_the_password(ExportErrorKind kind)
    {
        var (error, thrown) = Provoke(kind);

        Assert.Equal(kind, error.Kind);
        for (Exception? e = thrown; e != null; e = e.InnerException)
            Assert.DoesNotContain(Secret, e.Message);
        Assert.DoesNotContain(Secret, thrown?.ToString() ?? "");
        Assert.DoesNotContain(Secret, error.Text.Danish);
        Assert.DoesNotContain(Secret, error.Text.English);
        Assert.DoesNotContain(Secret, error.ToString());
        var candidates = (error as ExportAttempt.ChooseCertificate)?.Candidates ?? Array.Empty<Core.Certificates.CertificateSummary>();
        Assert.All(candidates, c => Assert.DoesNotContain(Secret, c.CertificateName + c.Subject + c.Issuer));
    }

    /// <summary>The outcome the kind is provoked as, and for a certificate file inspected, the exception it was thrown as.</summary>
    private (ExportAttempt.Stopped Error, ExportException? Thrown) Provoke(ExportErrorKind kind)
    {
        var source = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(source, RefusedPkcs12.For(kind, Chain, Secret));
        var request = new ExportCall(source, Secret);
        var exporter = TestExporter.Instance;
        switch (kind)
        {
            case ExportErrorKind.NotACertificate:
                var thrown = Assert.Throws<ExportException>(() => exporter.InspectCer(source));
                return (new ExportAttempt.Failed(thrown.Kind, thrown.Text), thrown);
            case ExportErrorKind.OutputExists:
                File.WriteAllBytes(Path.ChangeExtension(source, ".cer"), Chain.Issuer.RawData);
                break;
            case ExportErrorKind.OutputIsInput:
                // A .p12 named .cer would name its output after itself.
                var misnamed = Path.ChangeExtension(source, ".cer");
                File.Move(source, misnamed);
                request = new ExportCall(misnamed, Secret);
                break;
            case ExportErrorKind.SourceNotFound:
                request = new ExportCall(_work.PathOf("findes-ikke.p12"), Secret);
                break;
            case ExportErrorKind.AccessDenied:
                exporter = new CertificateExporter(null, () => TestClock.Now, new FaultyFileSystem(FaultStep.WriteNewFile, new UnauthorizedAccessException("denied")));
                break;
            case ExportErrorKind.DiskFull:
                exporter = new CertificateExporter(null, () => TestClock.Now, new FaultyFileSystem(FaultStep.WriteNewFile, new IOException("No space left on device", 28)));
                break;
            case ExportErrorKind.PathTooLong:
                exporter = new CertificateExporter(null, () => TestClock.Now, new FaultyFileSystem(FaultStep.WriteNewFile, new PathTooLongException()));
                break;
            case ExportErrorKind.ReservedName:
                request = new ExportCall(_work.PathOf("NUL.p12"), Secret);
                exporter = new CertificateExporter(null, () => TestClock.Now, new PhysicalFileSystem(windowsRules: true));
                break;
            case ExportErrorKind.NotARegularFile:
                request = new ExportCall(_work.Info.FullName, Secret);
                break;
            case ExportErrorKind.OutputFolderMissing:
                request = request with { OutputDirectory = _work.PathOf("findes-ikke") };
                break;
            case ExportErrorKind.Io:
                exporter = new CertificateExporter(null, () => TestClock.Now, new FaultyFileSystem(FaultStep.MoveNoOverwrite, new IOException("device gone")));
                break;
        }
        return (exporter.Export(request).Stopped(), null);
    }
}

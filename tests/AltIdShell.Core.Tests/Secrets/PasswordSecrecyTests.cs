using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
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
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System();
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("altid-secret-");

    public void Dispose() => _work.Delete(recursive: true);

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
        var error = Provoke(kind);

        Assert.Equal(kind, error.Kind);
        for (Exception? e = error; e != null; e = e.InnerException)
            Assert.DoesNotContain(Secret, e.Message);
        Assert.DoesNotContain(Secret, error.Text.Danish);
        Assert.DoesNotContain(Secret, error.Text.English);
        Assert.DoesNotContain(Secret, error.ToString());
        Assert.All(error.Candidates, c => Assert.DoesNotContain(Secret, c.CertificateName + c.Subject + c.Issuer));
    }

    private ExportException Provoke(ExportErrorKind kind)
    {
        var source = Path.Combine(_work.FullName, "Testfirma.p12");
        var sealedWithSecret = Pkcs12Factory.Build(Chain, Secret);
        File.WriteAllBytes(source, kind switch
        {
            ExportErrorKind.WrongPassword => Pkcs12Factory.Build(Chain, "another password"),
            ExportErrorKind.NotPkcs12 => System.Text.Encoding.UTF8.GetBytes("Adgangskode: ikke her\n"),
            ExportErrorKind.Corrupt => sealedWithSecret[..(sealedWithSecret.Length / 2)],
            ExportErrorKind.UnsupportedAlgorithm => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.EncryptedContentInfo("1.2.840.113549.1.5.3", 2048, new byte[16]) }),
            ExportErrorKind.LimitExceeded => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.SafeContents()) }, Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 1L << 31)),
            ExportErrorKind.NoCertificate => Pkcs12Crafter.Pfx(Array.Empty<byte[]>()),
            ExportErrorKind.OnlyCaCertificates => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((Chain.Issuer.RawData, null))) }),
            ExportErrorKind.SeveralCertificates => Pkcs12Factory.Build(new[] { Chain.Leaf, CertificateFactory.Oces3System(name: "Andet").Leaf }, null, Secret, new Pkcs12Layout { WithKey = false }),
            _ => sealedWithSecret,
        });
        var request = new ExportRequest(source, Secret);
        var exporter = CertificateExporter.Default;
        switch (kind)
        {
            case ExportErrorKind.NotACertificate:
                return Assert.Throws<ExportException>(() => exporter.InspectCer(source));
            case ExportErrorKind.OutputExists:
                File.WriteAllBytes(Path.ChangeExtension(source, ".cer"), Chain.Issuer.RawData);
                break;
            case ExportErrorKind.SourceNotFound:
                request = new ExportRequest(Path.Combine(_work.FullName, "findes-ikke.p12"), Secret);
                break;
            case ExportErrorKind.AccessDenied:
                exporter = new CertificateExporter(null, null, new FaultyFileSystem(FaultStep.WriteNewFile, new UnauthorizedAccessException("denied")));
                break;
            case ExportErrorKind.DiskFull:
                exporter = new CertificateExporter(null, null, new FaultyFileSystem(FaultStep.WriteNewFile, new IOException("No space left on device", 28)));
                break;
            case ExportErrorKind.PathTooLong:
                exporter = new CertificateExporter(null, null, new FaultyFileSystem(FaultStep.WriteNewFile, new PathTooLongException()));
                break;
            case ExportErrorKind.Io:
                exporter = new CertificateExporter(null, null, new FaultyFileSystem(FaultStep.MoveNoOverwrite, new IOException("device gone")));
                break;
        }
        return Assert.Throws<ExportException>(() => exporter.Export(request));
    }
}

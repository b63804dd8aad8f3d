using System.Diagnostics;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;
using BenchmarkDotNet.Attributes;

namespace AltIdShell.Benchmarks;

/// <summary>
/// One export per real OCES file: our engine in process (read, choose the leaf, describe it) against the whole
/// process of the OpenSSL pipeline people would otherwise run (the baseline, so the ratio column answers "at most the
/// pipeline?"), and on net10.0 against the same job through .NET's Pkcs12Info. The KDF loop dominates all three;
/// KOMBIT (51,200/102,400 iterations) is the heaviest.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private byte[] _file = Array.Empty<byte>();
    private string _path = string.Empty;
    private string _password = string.Empty;

    public static IEnumerable<string> Fixtures() => RealFixture.All.Select(f => f.FileName);

    [ParamsSource(nameof(Fixtures))]
    public string Fixture { get; set; } = string.Empty;

    [GlobalSetup]
    public void Load()
    {
        var fixture = RealFixture.All.Single(f => f.FileName == Fixture);
        _path = fixture.Path ?? throw new InvalidOperationException("../shared/fixtures/real-oces is needed");
        _file = File.ReadAllBytes(_path);
        _password = fixture.Password;
    }

    [Benchmark(Baseline = true)]
    public void OpenSslPipeline()
    {
        var start = new ProcessStartInfo("sh",
            $"-c \"openssl pkcs12 -legacy -in '{_path}' -passin env:ALTID_PASSWORD -clcerts -nokeys | openssl x509 -outform DER -out /dev/null\"")
        {
            UseShellExecute = false,
        };
        start.Environment["ALTID_PASSWORD"] = _password;
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException("the OpenSSL pipeline failed on " + Fixture);
    }

#if NET
    [Benchmark]
    public byte[]? DotNetPkcs12Info() => DotNetPkcs12Reference.ExportLeaf(_file, _password);
#endif

    [Benchmark]
    public CertificateSummary AltIdShellEngine()
    {
        var leaf = LeafSelector.Candidates(Pkcs12File.Parse(_file, Pkcs12Limits.Default).Open(_password)).Single();
        return CertificateDescriber.Describe(leaf, DateTimeOffset.UtcNow);
    }
}

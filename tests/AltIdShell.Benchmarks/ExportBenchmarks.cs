using AltIdShell.Core.Certificates;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;
using BenchmarkDotNet.Attributes;

namespace AltIdShell.Benchmarks;

/// <summary>
/// One export per real OCES file, in process: our engine (read, choose the leaf, describe it) against the same
/// job through .NET's Pkcs12Info. The KDF loop dominates both; KOMBIT (51,200/102,400 iterations) is the heaviest.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private byte[] _file = Array.Empty<byte>();
    private string _password = string.Empty;

    public static IEnumerable<string> Fixtures() => RealFixture.All.Select(f => f.FileName);

    [ParamsSource(nameof(Fixtures))]
    public string Fixture { get; set; } = string.Empty;

    [GlobalSetup]
    public void Load()
    {
        var fixture = RealFixture.All.Single(f => f.FileName == Fixture);
        _file = File.ReadAllBytes(fixture.Path ?? throw new InvalidOperationException("../shared/fixtures/real-oces is needed"));
        _password = fixture.Password;
    }

    [Benchmark(Baseline = true)]
    public byte[]? DotNetPkcs12Info() => DotNetPkcs12Reference.ExportLeaf(_file, _password);

    [Benchmark]
    public CertificateSummary AltIdShellEngine()
    {
        var leaf = LeafSelector.Candidates(Pkcs12Reader.Read(_file, _password, Pkcs12Limits.Default)).Single();
        return CertificateDescriber.Describe(leaf, DateTimeOffset.UtcNow);
    }
}

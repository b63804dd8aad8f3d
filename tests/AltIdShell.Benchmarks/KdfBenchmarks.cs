using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;

namespace AltIdShell.Benchmarks;

/// <summary>
/// One PKCS#12 derivation at KOMBIT's MAC cost (SHA-1, 102,400 iterations): ours against BouncyCastle's generator,
/// which Windows shipped before.
/// </summary>
[MemoryDiagnoser]
public class KdfBenchmarks
{
    private const int Iterations = 102400;
    private static readonly byte[] Password = Pkcs12Password.ToBmpString(RealFixture.KombitSystem.Password);
    private static readonly byte[] Salt = { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Benchmark(Baseline = true)]
    public byte[] BouncyCastle()
    {
        var generator = new Pkcs12ParametersGenerator(new Sha1Digest());
        generator.Init(Password, Salt, Iterations);
        return ((Org.BouncyCastle.Crypto.Parameters.KeyParameter)generator.GenerateDerivedMacParameters(160)).GetKey();
    }

    [Benchmark]
    public byte[] AltIdShell() => Pkcs12Kdf.MacKey(IteratedHash.Sha1, Password, Salt, Iterations, 20);
}

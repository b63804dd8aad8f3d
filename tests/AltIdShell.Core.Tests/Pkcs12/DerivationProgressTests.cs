using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>
/// A long key derivation reports how far it has come and stops as soon as it is cancelled, whichever loop it is in:
/// PBKDF2 and the SHA-256 PKCS#12 KDF of a file OpenSSL 3 writes by default, SHA-1 of a legacy one.
/// </summary>
public sealed class DerivationProgressTests
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);

    // OpenSSL at a million iterations, a count some exporters use: the MAC, the key and the certificates.
    private static readonly Lazy<byte[]> Pbes2AtAMillion = new(() => OpenSsl.ExportPkcs12(Chain, "pw", "-iter", "1000000"));
    private static readonly Lazy<byte[]> LegacyAtAMillion = new(() => OpenSsl.ExportPkcs12(Chain, "pw", "-legacy", "-iter", "1000000"));

    public static TheoryData<string> Files() => new() { "PBES2", "legacy" };

    private static byte[] File(string kind) => kind == "PBES2" ? Pbes2AtAMillion.Value : LegacyAtAMillion.Value;

    [Theory]
    [MemberData(nameof(Files))]
    public void A_cancel_during_a_million_iteration_derivation_stops_it_at_once(string kind)
    {
        var file = Pkcs12File.Parse(File(kind), Pkcs12Limits.Default);
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(onReport: _ => cancellation.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() => file.Open("pw", cancellation.Token, progress));

        // Cancelled at the first report (one percent); the derivations ran on for at most a stride each, not to the end.
        Assert.NotEmpty(progress.Shares);
        Assert.InRange(progress.Shares.Max(), 0.01, 0.1);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Progress_rises_to_one_in_steps_of_at_least_a_percent(string kind)
    {
        var progress = new Recorder();

        var contents = Pkcs12File.Parse(File(kind), Pkcs12Limits.Default).Open("pw", progress: progress);

        Assert.Equal(Chain.Leaf.RawData, LeafSelector.Candidates(contents).Single());
        var shares = progress.Shares;
        Assert.Equal(1.0, shares[^1]);
        Assert.InRange(shares.Count, 20, 101);
        for (var i = 1; i < shares.Count; i++)
            Assert.True(shares[i] >= shares[i - 1] + 0.01 - 1e-9, $"report {i}: {shares[i - 1]} then {shares[i]}");
        Assert.True(shares[0] > 0);
    }

    [Fact]
    public void A_file_cancelled_before_it_is_opened_derives_nothing()
    {
        var file = Pkcs12File.Parse(Pbes2AtAMillion.Value, Pkcs12Limits.Default);
        var progress = new Recorder();

        Assert.ThrowsAny<OperationCanceledException>(() => file.Open("pw", new CancellationToken(canceled: true), progress));

        Assert.Empty(progress.Shares);
    }

    [Fact]
    public void After_a_cancel_the_same_file_opens_with_the_next_attempt()
    {
        var file = Pkcs12File.Parse(Pbes2AtAMillion.Value, Pkcs12Limits.Default);
        using var cancellation = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => file.Open("pw", cancellation.Token, new Recorder(_ => cancellation.Cancel())));

        Assert.Equal(Chain.Leaf.RawData, LeafSelector.Candidates(file.Open("pw")).Single());
    }

    /// <summary>Records each report as it arrives, on the deriving thread (Progress&lt;T&gt; would post it elsewhere, later).</summary>
    private sealed class Recorder(Action<double>? onReport = null) : IProgress<double>
    {
        private readonly List<double> _shares = new();

        public List<double> Shares
        {
            get
            {
                lock (_shares)
                    return _shares.ToList();
            }
        }

        public void Report(double value)
        {
            lock (_shares)
                _shares.Add(value);
            onReport?.Invoke(value);
        }
    }
}

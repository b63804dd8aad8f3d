using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>export and inspect warn of a private key in the same words, and never call a key "the public key".</summary>
public sealed class PrivateKeyWarningTests : IDisposable
{
    private const string Danger = "DANGER: The file contains a private key. Never upload or share it.";
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-cli-key-");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("export")]
    [InlineData("inspect")]
    public void Openssl_nodes_output_is_warned_of_alike_by_export_and_inspect(string command)
    {
        var result = CliRunner.Run(new[] { command, _work.Write("keyfirst.pem", PemFiles.KeyFirst(Chain)) }, stdin: "");

        Assert.Contains(Danger, result.All);
        Assert.DoesNotContain("public key", result.All);
        Assert.DoesNotContain("No private key", result.All);
    }

    [Fact]
    public void Inspect_on_a_key_only_file_warns()
    {
        var result = CliRunner.Run(new[] { "inspect", _work.Write("key.pem", PemFiles.KeyOnly(Chain)) }, stdin: "");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(Danger, result.All);
    }

    [Fact]
    public void A_certificate_followed_by_a_raw_key_is_said_to_hold_other_data()
    {
        var result = CliRunner.Run(new[] { "inspect", _work.Write("Testfirma.cer", PemFiles.CertificateThenDerKey(Chain)) }, stdin: "");

        Assert.Contains("CAUTION: The file holds data besides its certificates", result.Stdout);
        Assert.DoesNotContain("No private key", result.All);
    }
}

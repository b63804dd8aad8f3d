using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <remarks>Generated chains are not signed by the embedded OCES3 CAs: inspected, and exit <see cref="ExitCodes.NotSuitable"/>.</remarks>
public sealed class InspectCommandTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now, issuerOu: null);
    private readonly WorkFolder _work = new("altid-inspect-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_p12_is_described_and_nothing_is_written()
    {
        var p12 = _work.Write("Testfirma.p12", Pkcs12Factory.Build(Chain, "pw"));

        var result = CliRunner.Run(new[] { "inspect", "--password-stdin", p12 }, "pw");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Contains("Testfirma systemcertifikat", result.Stdout);
        Assert.StartsWith("Not suitable for AltID: Testfirma.p12\n", result.Stdout);
        Assert.Single(_work.Info.GetFiles());
    }

    [Fact]
    public void A_DER_cer_is_confirmed_to_hold_no_private_key_and_to_be_in_the_upload_form()
    {
        var cer = _work.Write("Testfirma.cer", Chain.Leaf.RawData);

        var result = CliRunner.Run(new[] { "inspect", "--json", cer });

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        var entry = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.False(entry.GetProperty("containsPrivateKey").GetBoolean());
        Assert.True(entry.GetProperty("uploadForm").GetBoolean());
        Assert.Equal("unsuitable", entry.GetProperty("altId").GetProperty("verdict").GetString());
        Assert.Equal("der", entry.GetProperty("format").GetString());
    }

    [Fact]
    public void A_certificate_spelled_in_BER_is_called_so_in_the_format_row_and_in_words()
    {
        var der = Chain.Leaf.RawData;
        var cer = _work.Write("Testfirma.cer", new byte[] { 0x30, 0x84, 0, 0, der[2], der[3] }.Concat(der.Skip(4)).ToArray());

        var result = CliRunner.Run(new[] { "inspect", "--offline", cer }, language: "da_DK.UTF-8");

        Assert.Contains("Certifikatet er kodet i BER, ikke i DER, som registret beder om.", result.Stdout);
        Assert.Matches(@"Format:\s+BER", result.Stdout);
    }

    [Fact]
    public void A_PEM_file_with_a_private_key_is_called_dangerous()
    {
        var key = Chain.Leaf.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();
        var cer = _work.Write("Testfirma.cer", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem() + "\n" + key));

        var result = CliRunner.Run(new[] { "inspect", cer });

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Contains("DANGER: The file contains a private key", result.Stdout);
        Assert.Contains("PEM (Base64)", result.Stdout);
    }

    [Fact]
    public void A_p12_renamed_to_cer_is_recognised_and_refused()
    {
        var cer = _work.Write("Forkert.cer", Pkcs12Factory.Build(Chain, "pw"));

        var result = CliRunner.Run(new[] { "inspect", cer }, language: "da_DK.UTF-8");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("privat nøgle", result.Stderr);
    }
}

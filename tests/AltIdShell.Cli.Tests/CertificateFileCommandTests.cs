using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>inspect and export on certificate files (.p7b, PEM, Base64, .cer): recognised by content, no password asked.</summary>
public sealed class CertificateFileCommandTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now, issuerOu: null);
    private readonly WorkFolder _work = new("altid-certfile-cli-");

    public void Dispose() => _work.Dispose();

    private string Write(string name, byte[] content) => _work.Write(name, content);

    [Fact]
    public void Inspect_describes_the_leaf_of_a_p7b_without_asking_for_a_password()
    {
        var p7b = Write("Testfirma.p7b", CertificateFiles.OpenSslP7b(false, Chain.Root, Chain.Issuer, Chain.Leaf));

        var result = CliRunner.Run(new[] { "inspect", p7b });

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Contains("Testfirma systemcertifikat", result.Stdout);
        Assert.Contains("PKCS#7 bundle (.p7b)", result.Stdout);
        Assert.DoesNotContain("damaged", result.All);
        Assert.DoesNotContain("Password", result.All);
    }

    [Fact]
    public void Inspect_reads_a_p7b_named_p12_as_the_bundle_it_is()
    {
        var p7b = Write("Testfirma.p12", CertificateFiles.OpenSslP7b(true, Chain.Leaf));

        var result = CliRunner.Run(new[] { "inspect", p7b }, stdin: "");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Contains("Testfirma systemcertifikat", result.Stdout);
    }

    [Fact]
    public void Inspect_reads_a_bare_Base64_certificate_and_reports_it_in_JSON()
    {
        var cer = Write("Testfirma.cer", CertificateFiles.BareBase64(Chain.Leaf.RawData));

        var result = CliRunner.Run(new[] { "inspect", "--json", cer });

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        var entry = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.Equal("certificate", entry.GetProperty("container").GetString());
        Assert.Equal("pem", entry.GetProperty("format").GetString());
        Assert.False(entry.GetProperty("hasOtherData").GetBoolean());
        Assert.Equal("Testfirma systemcertifikat", entry.GetProperty("certificate").GetProperty("certificateName").GetString());
    }

    [Fact]
    public void Inspect_says_when_a_file_holds_other_data()
    {
        var pem = Write("Testfirma.pem", Encoding.ASCII.GetBytes("Our certificate, see the wiki\n" + Chain.Leaf.ExportCertificatePem()));

        var result = CliRunner.Run(new[] { "inspect", pem }, language: "da_DK.UTF-8");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Contains("Filen indeholder andre data end certifikaterne", result.Stdout);
    }

    [Fact]
    public void Export_writes_the_leaf_of_a_PEM_p7b_as_DER_with_no_password_source_at_all()
    {
        var p7b = Write("Testfirma.p7b", CertificateFiles.OpenSslP7b(true, Chain.Issuer, Chain.Leaf));

        var result = CliRunner.Run(new[] { "export", p7b }, stdin: "");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(_work.PathOf("Testfirma.cer")));
    }

    [Fact]
    public void Export_warns_that_the_source_holds_a_private_key()
    {
        var key = Chain.Leaf.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();
        var pem = Write("Testfirma.pem", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem() + key));

        var result = CliRunner.Run(new[] { "export", pem }, stdin: "");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Contains("This is about the file exported from", result.Stdout);
        Assert.DoesNotContain("PRIVATE KEY", Encoding.ASCII.GetString(File.ReadAllBytes(_work.PathOf("Testfirma.cer"))));
    }

    [Fact]
    public void Export_of_a_PEM_cer_onto_itself_is_refused_with_the_way_to_a_clean_one_and_the_file_left_as_it_was()
    {
        var content = CertificateFiles.Pem(Chain.Leaf);
        var cer = Write("Testfirma.cer", content);

        var result = CliRunner.Run(new[] { "export", "--replace", cer }, stdin: "");

        Assert.Equal(ExitCodes.InputWouldBeOverwritten, result.ExitCode);
        Assert.Contains("The file is already a certificate file, but not in the form the register asks for", result.Stderr);
        Assert.DoesNotContain("DANGER", result.Stderr);
        Assert.Equal(content, File.ReadAllBytes(cer));
        Assert.Single(_work.Files());
    }

    [Fact]
    public void Export_of_a_DER_cer_says_there_is_nothing_to_export_naming_the_file_once()
    {
        var cer = Write("Testfirma.cer", Chain.Leaf.RawData);

        var result = CliRunner.Run(new[] { "export", cer }, stdin: "", language: "da_DK.UTF-8");

        Assert.Equal(ExitCodes.InputWouldBeOverwritten, result.ExitCode);
        Assert.Equal("Fejl (Testfirma.cer): Filen er allerede et certifikat i den form, registret beder om; der er intet at eksportere. "
            + "Kontrollér den med altid-export inspect." + Environment.NewLine, result.Stderr);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(cer));
    }

    [Fact]
    public void Export_of_a_PEM_cer_with_its_private_key_onto_itself_says_danger()
    {
        var key = Chain.Leaf.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();
        var cer = Write("Testfirma.cer", Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem() + key));

        var result = CliRunner.Run(new[] { "export", cer }, stdin: "");

        Assert.Equal(ExitCodes.InputWouldBeOverwritten, result.ExitCode);
        Assert.Contains("Error (Testfirma.cer): DANGER: The file contains a private key.", result.Stderr);
        Assert.Contains("--out", result.Stderr);
    }
}

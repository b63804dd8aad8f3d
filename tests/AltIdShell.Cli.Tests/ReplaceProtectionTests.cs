using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>`--replace` replaces only a certificate: the reported data loss (security review F1), end to end.</summary>
public sealed class ReplaceProtectionTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly CertificateFactory.Chain Other = CertificateFactory.Oces3System(TestClock.Now, name: "Andet");
    private const string Password = "pw";
    private readonly WorkFolder _work = new("altid-cli-replace-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Export_Firma_p12_Firma_cer_replace_leaves_a_pkcs12_named_Firma_cer_byte_for_byte()
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, Password));
        var cer = _work.Write("Firma.cer", Pkcs12Factory.Build(Other, Password));
        var before = File.ReadAllBytes(cer);

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--offline", p12, cer, "--replace" }, Password + "\n");

        Assert.Equal(ExitCodes.InputWouldBeOverwritten, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(cer));
        Assert.DoesNotContain("Replaced", result.Stdout);
        Assert.Contains("which this export also reads or has already written", result.Stderr);
        Assert.Equal(new[] { "Firma.cer", "Firma.p12" }, _work.Files());
    }

    /// <summary>a.p12 and a.pfx into one folder: the second never replaces the first's .cer; the same certificate again is already exported.</summary>
    [Theory]
    [InlineData("--replace", false)]
    [InlineData("--offline", false)]
    [InlineData("--replace", true)]
    [InlineData("--offline", true)]
    public void Two_files_of_one_batch_with_one_cer_name_never_lose_the_first_export(string choice, bool sameCertificate)
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, Password));
        var pfx = _work.Write("Firma.pfx", Pkcs12Factory.Build(sameCertificate ? Chain : Other, Password));

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--offline", choice, p12, pfx }, Password + "\n");

        Assert.Equal(sameCertificate ? ExitCodes.NotSuitable : ExitCodes.InputWouldBeOverwritten, result.ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(_work.PathOf("Firma.cer")));
        Assert.DoesNotContain("Replaced", result.Stdout);
        Assert.Contains(sameCertificate ? "Already exported (the same certificate is there): " + _work.PathOf("Firma.cer")
            : "which this export also reads or has already written", result.All);
        Assert.Equal(new[] { "Firma.cer", "Firma.p12", "Firma.pfx" }, _work.Files());
    }

    [Fact]
    public void Replace_keeps_a_pkcs12_at_the_cer_name_that_is_not_an_input_and_says_what_it_is()
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, Password));
        var cer = _work.Write("Firma.cer", Pkcs12Factory.Build(Other, Password));
        var before = File.ReadAllBytes(cer);

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--offline", "--replace", p12 }, Password + "\n");

        Assert.Equal(ExitCodes.OutputExists, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(cer));
        Assert.Contains("is not a certificate: it is a .p12/.pfx file with a private key", result.Stderr);
        Assert.Contains("--keep-both", result.Stderr);
        Assert.DoesNotContain("--replace", result.Stderr);
    }

    [Fact]
    public void Replace_keeps_a_PEM_key_at_the_cer_name_in_JSON_too()
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, Password));
        var cer = _work.Write("Firma.cer", PemFiles.KeyOnly(Other));
        var before = File.ReadAllBytes(cer);

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--offline", "--replace", "--json", p12 }, Password + "\n");

        Assert.Equal(ExitCodes.OutputExists, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(cer));
        Assert.Contains("\"mayReplace\": false", result.Stdout);
    }

    [Fact]
    public void Replace_still_replaces_a_certificate()
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, Password));
        var cer = _work.Write("Firma.cer", Other.Leaf.RawData);

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--offline", "--replace", p12 }, Password + "\n");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(cer));
        Assert.Contains("Replaced: " + cer, result.Stdout);
    }
}

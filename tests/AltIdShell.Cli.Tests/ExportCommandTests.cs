using System.Text.Json;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <remarks>
/// Generated chains are not signed by the embedded OCES3 CAs, so every export here is written and judged "not issued by
/// the Danish state's OCES CA": exit <see cref="ExitCodes.NotSuitable"/> where the file was written.
/// </remarks>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now, organisation: "Kødpålæg ApS");
    private static readonly CertificateFactory.Chain Other = CertificateFactory.Oces3System(TestClock.Now, name: "Andet");
    private const string Password = "Hemmeligt-æøå 1";
    private readonly WorkFolder _work = new("altid-cli-");

    public void Dispose() => _work.Dispose();

    private string P12(string name = "Testfirma.p12", CertificateFactory.Chain? chain = null)
    {
        var path = _work.PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Pkcs12Factory.Build(chain ?? Chain, Password));
        return path;
    }

    private string Cer(string name = "Testfirma.cer") => _work.PathOf(name);

    [Fact]
    public void Exports_with_the_password_from_stdin_and_prints_the_summary()
    {
        var p12 = P12();

        var result = CliRunner.Run(new[] { "export", "--password-stdin", p12 }, Password + "\n");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(Cer()));
        Assert.Contains("Exported: " + Cer(), result.Stdout);
        Assert.Contains("Kødpålæg ApS", result.Stdout);
        Assert.Contains("12345678", result.Stdout);
        Assert.Contains("not issued by the Danish state's OCES CA (forged or altered)", result.Stdout);
    }

    [Fact]
    public void Speaks_Danish_when_the_UI_language_is_Danish()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", P12() }, Password, language: "da_DK.UTF-8");

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.StartsWith("Ikke egnet til AltID: Testfirma.cer\nBlokerer: ", result.Stdout);
        Assert.Contains("Eksporteret: ", result.Stdout);
        Assert.Contains("Certifikatnavn:", result.Stdout);
        Assert.Contains("(forfalsket eller ændret)", result.Stdout);
        Assert.DoesNotContain("Advarsel", result.Stdout);
    }

    [Fact]
    public void Takes_the_password_from_ALTID_PASSWORD()
    {
        var result = CliRunner.Run(new[] { "export", P12() }, environment: new Dictionary<string, string> { ["ALTID_PASSWORD"] = Password });

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.True(File.Exists(Cer()));
    }

    [Fact]
    public void Without_any_password_source_says_how_to_give_one()
    {
        var result = CliRunner.Run(new[] { "export", P12() }, stdin: "");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--password-stdin", result.Stderr);
        Assert.False(File.Exists(Cer()));
    }

    [Fact]
    public void A_wrong_password_exits_2_writes_nothing_and_never_echoes_the_password()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", P12() }, "Forkert-Kodeord-ÆØÅ\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("password is wrong", result.Stderr);
        Assert.DoesNotContain("Forkert-Kodeord", result.All);
        Assert.False(File.Exists(Cer()));
    }

    [Fact]
    public void Several_files_share_one_password()
    {
        var first = P12("A.p12");
        var second = P12("B.p12", Other);

        var result = CliRunner.Run(new[] { "export", "--password-stdin", first, second }, Password);

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(Cer("A.cer")));
        Assert.Equal(Other.Leaf.RawData, File.ReadAllBytes(Cer("B.cer")));
    }

    [Fact]
    public void A_different_existing_cer_exits_7_until_keep_both_or_replace_is_given()
    {
        var p12 = P12();
        File.WriteAllBytes(Cer(), Other.Leaf.RawData);

        var refused = CliRunner.Run(new[] { "export", "--password-stdin", p12 }, Password);
        Assert.Equal(7, refused.ExitCode);
        Assert.Contains("--keep-both", refused.Stderr);
        Assert.Equal(Other.Leaf.RawData, File.ReadAllBytes(Cer()));

        Assert.Equal(ExitCodes.NotSuitable, CliRunner.Run(new[] { "export", "--password-stdin", "--keep-both", p12 }, Password).ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(Cer("Testfirma (2).cer")));

        Assert.Equal(ExitCodes.NotSuitable, CliRunner.Run(new[] { "export", "--password-stdin", "--replace", p12 }, Password).ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(Cer()));
    }

    [Fact]
    public void Keep_both_and_replace_together_is_a_usage_error()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--keep-both", "--replace", P12() }, Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot be used together", result.All);
    }

    [Fact]
    public void Writes_PEM_into_another_folder_on_request()
    {
        var output = _work.Info.CreateSubdirectory("ud").FullName;

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--pem", "--out", output, P12() }, Password);

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", File.ReadAllText(Path.Combine(output, "Testfirma.cer")));
    }

    [Fact]
    public void JSON_reports_the_verdict_and_the_certificate()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--json", P12() }, Password);

        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
        Assert.EndsWith("]\n", result.Stdout);
        var entry = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.Equal("written", entry.GetProperty("outcome").GetString());
        Assert.Equal(Cer(), entry.GetProperty("output").GetString());
        var certificate = entry.GetProperty("certificate");
        Assert.Equal("Kødpålæg ApS", certificate.GetProperty("organisation").GetString());
        Assert.Equal("other", certificate.GetProperty("kind").GetString());
        Assert.Equal("unknown", certificate.GetProperty("environment").GetString());
        Assert.False(certificate.TryGetProperty("suitsAltId", out _));
        var altId = entry.GetProperty("altId");
        Assert.Equal("unsuitable", altId.GetProperty("verdict").GetString());
        Assert.False(altId.GetProperty("issuerVerified").GetBoolean());
        Assert.Equal("notChecked", altId.GetProperty("revocation").GetString());
        Assert.Equal("issuerNotVerified", altId.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal("blocking", altId.GetProperty("reasons")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void JSON_reports_failures_with_their_kind_and_exit_code()
    {
        var notP12 = _work.PathOf("tekst.p12");
        File.WriteAllText(notP12, "hello");

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--json", notP12 }, Password);

        Assert.Equal(3, result.ExitCode);
        var error = JsonDocument.Parse(result.Stdout).RootElement[0].GetProperty("error");
        Assert.Equal("notPkcs12", error.GetProperty("kind").GetString());
        Assert.Equal(3, error.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Several_leaves_exit_6_listing_the_choices_and_certificate_picks_one()
    {
        var path = _work.PathOf("To.p12");
        File.WriteAllBytes(path, Pkcs12Factory.Build(new[] { Chain.Leaf, Other.Leaf }, null, Password, new Pkcs12Layout { WithKey = false }));

        var refused = CliRunner.Run(new[] { "export", "--password-stdin", path }, Password);
        Assert.Equal(6, refused.ExitCode);
        var fingerprint = Chain.Leaf.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
        Assert.Contains(string.Join(":", fingerprint.Chunk(2).Select(c => new string(c))), refused.Stderr);

        var chosen = CliRunner.Run(new[] { "export", "--password-stdin", "--certificate", fingerprint.ToLowerInvariant(), path }, Password);
        Assert.Equal(ExitCodes.NotSuitable, chosen.ExitCode);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(Cer("To.cer")));
    }

    [Fact]
    public void A_missing_file_that_is_plainly_a_file_name_exits_8_and_is_named()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", _work.PathOf("findes-ikke.p12") }, Password, language: "da_DK.UTF-8");

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("Filen findes ikke: findes-ikke.p12 (i mappen " + _work.Info.FullName + ").", result.Stderr);
    }

    [Fact]
    public void A_name_with_spaces_left_unquoted_is_said_to_need_quotes()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", "Kommunens", "systemcertifikat", "–", "Ærø", "Å.p12" }, Password, language: "da_DK.UTF-8");

        Assert.Equal(8, result.ExitCode);
        Assert.Equal("Argument 3–7 ligner ét filnavn med mellemrum: sæt anførselstegn om det." + Environment.NewLine, result.Stderr);
    }

    [Fact]
    public void Out_naming_a_file_is_said_to_take_a_folder()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--out", P12("Andet.p12"), P12() }, Password);

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("--out takes a folder, but what was given is a file.", result.Stderr);
        Assert.False(File.Exists(Cer()));
    }

    [Fact]
    public void A_folder_as_input_says_it_is_a_folder()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", _work.Info.FullName }, Password);

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("is a folder. Name the .p12 file itself.", result.Stderr);
    }

    [Fact]
    public void A_missing_out_folder_is_said_to_be_missing_without_naming_it_and_is_not_created()
    {
        var missing = _work.PathOf("Hemmelig-mappe");

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--out", missing, P12() }, Password);

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("The folder given to --out does not exist", result.Stderr);
        Assert.DoesNotContain("Hemmelig", result.All);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_pkcs12_file_named_cer_is_refused_with_its_own_exit_code_and_left_as_it_was()
    {
        var disguised = P12("Testfirma.cer");
        var before = File.ReadAllBytes(disguised);

        var result = CliRunner.Run(new[] { "export", "--password-stdin", "--replace", disguised }, Password);

        Assert.Equal(ExitCodes.InputWouldBeOverwritten, result.ExitCode);
        Assert.Contains("The file is a .p12 file with the wrong extension. Rename it to .p12, or use --out.", result.Stderr);
        Assert.DoesNotContain("rename it to .p12", result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(disguised));
    }

    [Fact]
    public void A_file_with_neither_encryption_nor_MAC_exports_without_asking_for_a_password()
    {
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(Chain, "nøgle", new Pkcs12Layout { CertificateEncryption = null, MacHash = null }));

        var result = CliRunner.Run(new[] { "export", p12 }, stdin: "");

        Assert.True(result.ExitCode == ExitCodes.NotSuitable, result.All);
        Assert.Equal(Chain.Leaf.RawData, File.ReadAllBytes(Cer()));
    }

    [Fact]
    public void Two_files_of_the_same_name_are_named_by_their_folders_in_errors()
    {
        var good = P12("Kunde A/Testfirma.p12");
        var bad = Path.Combine(_work.Info.FullName, "Kunde B", "Testfirma.p12");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        File.WriteAllText(bad, "ikke et certifikat");

        var result = CliRunner.Run(new[] { "export", "--password-stdin", good, bad }, Password);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Error (" + bad + "): ", result.Stderr);
        Assert.True(File.Exists(Path.ChangeExtension(good, ".cer")));
    }
}

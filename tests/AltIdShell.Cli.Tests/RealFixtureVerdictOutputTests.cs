using System.Text;
using System.Text.Json;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>The real OCES3 test certificates through the CLI, offline: never a real OCSP responder in a test.</summary>
[Trait("Category", "RealOces")]
public sealed class RealFixtureVerdictOutputTests
{
    private static CliRunner.Result Inspect(RealFixture fixture, params string[] options)
    {
        var path = fixture.Path ?? throw new InvalidOperationException("../shared/fixtures/real-oces is not beside the checkout");
        return CliRunner.Run(new[] { "inspect", "--password-stdin", "--offline", "--json" }.Concat(options).Append(path), fixture.Password);
    }

    [Fact]
    public void A_test_system_certificate_is_verified_and_never_suits_production()
    {
        var result = Inspect(RealFixture.KombitSystem);

        var altId = JsonDocument.Parse(result.Stdout).RootElement[0].GetProperty("altId");
        Assert.True(altId.GetProperty("issuerVerified").GetBoolean());
        Assert.Equal("notChecked", altId.GetProperty("revocation").GetString());
        Assert.Contains(altId.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "revocationOffline");
        Assert.Contains(altId.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "testCertificate");
        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
    }

    [Fact]
    public void With_test_the_exit_code_follows_the_verdict()
    {
        // Judged at TestClock.Now, before the certificate expires (2029).
        var result = Inspect(RealFixture.KombitSystem, "--test");

        Assert.Equal("testOnly", JsonDocument.Parse(result.Stdout).RootElement[0].GetProperty("altId").GetProperty("verdict").GetString());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_certificate_file_that_also_holds_a_private_key_never_exits_0_whatever_the_verdict()
    {
        using var work = new WorkFolder("altid-real-key-");
        var fixture = RealFixture.KombitSystem;
        var path = fixture.Path ?? throw new InvalidOperationException("../shared/fixtures/real-oces is not beside the checkout");
        Assert.Equal(0, CliRunner.Run(new[] { "export", "--password-stdin", "--offline", "--test", "--out", work.Info.FullName, path }, fixture.Password).ExitCode);
        var cer = work.PathOf(Path.ChangeExtension(fixture.FileName, ".cer"));
        var pem = "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(File.ReadAllBytes(cer), Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n";
        var withKey = work.Write("med nøgle.cer", Encoding.ASCII.GetBytes(pem).Concat(PemFiles.KeyOnly(CertificateFactory.Oces3System(TestClock.Now))).ToArray());

        var clean = CliRunner.Run(new[] { "inspect", "--offline", "--test", cer });
        var dangerous = CliRunner.Run(new[] { "inspect", "--offline", "--test", "--json", withKey });

        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(ExitCodes.NotSuitable, dangerous.ExitCode);
        Assert.True(JsonDocument.Parse(dangerous.Stdout).RootElement[0].GetProperty("containsPrivateKey").GetBoolean());
    }

    [Fact]
    public void The_employee_certificate_is_unsuitable_for_either_register()
    {
        var result = Inspect(RealFixture.Employee, "--test");

        Assert.Equal("unsuitable", JsonDocument.Parse(result.Stdout).RootElement[0].GetProperty("altId").GetProperty("verdict").GetString());
        Assert.Equal(ExitCodes.NotSuitable, result.ExitCode);
    }

    [Theory]
    [InlineData("da_DK.UTF-8", "Kun til test: ", "Kun test: Dette er et testcertifikat", "Brug --test, hvis certifikatet er til registrets testmiljø")]
    [InlineData("en_GB.UTF-8", "Test only: ", "Test only: This is a test certificate", "Use --test if the certificate is for the register's test environment")]
    public void A_test_certificate_leads_with_test_only_labels_its_reason_and_points_to_test(string language, string headline, string reason, string hint)
    {
        var fixture = RealFixture.KombitSystem;
        var path = fixture.Path ?? throw new InvalidOperationException("../shared/fixtures/real-oces is not beside the checkout");

        var lines = CliRunner.Run(new[] { "inspect", "--password-stdin", "--offline", path }, fixture.Password, language).Stdout.Split('\n');

        Assert.Equal(headline + fixture.FileName, lines[0]);
        Assert.Contains(lines, l => l.StartsWith(reason, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(hint, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Advarsel", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public void With_test_a_test_certificate_gets_no_hint_to_use_test()
    {
        var fixture = RealFixture.KombitSystem;

        var result = CliRunner.Run(new[] { "inspect", "--password-stdin", "--offline", "--test", fixture.Path! }, fixture.Password);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Use --test", result.Stdout);
    }
}

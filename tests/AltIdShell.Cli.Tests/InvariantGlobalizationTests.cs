using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// With DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 (containers, hosts without ICU) every message with a placeholder once
/// crashed the CLI (administrator audit M5). It must speak, in the language LANG asks for. Only a process of its own
/// runs in that mode (<see cref="CliProcess"/>).
/// </summary>
public sealed class InvariantGlobalizationTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.ChildProcessNow);
    private static readonly Dictionary<string, string> Invariant = new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };
    private readonly WorkFolder _work = new("altid-cli-invariant-");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("da_DK.UTF-8", "Adgangskoden er forkert.", "Fejl (Firma.p12)")]
    [InlineData("en_GB.UTF-8", "The password is wrong.", "Error (Firma.p12)")]
    public void A_wrong_password_is_said_in_the_language_asked_for(string language, string expected, string prefix)
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, "rigtigt"));

        var result = CliProcess.Run(new[] { "export", "--password-stdin", "--offline", p12 }, "forkert\n", language, Invariant);

        Assert.True(result.ExitCode == ExitCodes.WrongPassword, result.All);
        Assert.Contains(prefix, result.Stderr);
        Assert.Contains(expected, result.Stderr);
        Assert.DoesNotContain("Exception", result.All);
    }

    [Theory]
    [InlineData("da_DK.UTF-8", "Eksporteret: ", "Ikke egnet til AltID: Firma.cer")]
    [InlineData("en_GB.UTF-8", "Exported: ", "Not suitable for AltID: Firma.cer")]
    public void An_export_with_its_summary_and_dates_is_printed(string language, string exported, string verdict)
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, "pw"));

        var result = CliProcess.Run(new[] { "export", "--password-stdin", "--offline", p12 }, "pw\n", language, Invariant);

        Assert.True(result.ExitCode == ExitCodes.NotSuitable, result.All);
        Assert.Contains(exported, result.Stdout);
        Assert.Contains(verdict, result.Stdout);
        Assert.Matches(@"\d{4}-\d{2}-\d{2}", result.Stdout);
        Assert.DoesNotContain("Exception", result.All);
    }

    [Theory]
    [InlineData("da_DK.UTF-8", "det er en tekstfil.")]
    [InlineData("en_GB.UTF-8", "it is a text file.")]
    public void Inspecting_a_file_that_is_not_a_pkcs12_names_the_reason(string language, string reason)
    {
        var notPkcs12 = _work.Write("Firma.p12", "ikke et certifikat"u8.ToArray());

        var result = CliProcess.Run(new[] { "inspect", "--offline", notPkcs12 }, "", language, Invariant);

        Assert.True(result.ExitCode == ExitCodes.NotReadable, result.All);
        Assert.Contains(reason, result.Stderr);
    }
}

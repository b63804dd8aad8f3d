using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>The verdict comes first in the text, whole in the JSON, and decides the exit code.</summary>
public sealed class VerdictOutputTests : IDisposable
{
    private const string Password = "pw";
    private readonly WorkFolder _work = new("altid-verdict-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void The_verdict_leads_over_the_file_name_then_the_reasons_labelled_by_weight_then_the_details()
    {
        // Forged (generated CAs with the real names), expired and a test certificate: three reasons to order.
        var chain = CertificateFactory.Oces3System(TestClock.Now, notBefore: TestClock.Now.AddYears(-3), notAfter: TestClock.Now.AddDays(-2));
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(chain, Password));

        var lines = CliRunner.Run(new[] { "inspect", "--password-stdin", p12 }, Password).Stdout.Split('\n');

        Assert.Equal("Not suitable for AltID: Testfirma.p12", lines[0]);
        Assert.StartsWith("Blocking: The certificate is not issued by the Danish state's OCES CA (forged or altered)", lines[1]);
        Assert.StartsWith("Blocking: The certificate expired", lines[2]);
        Assert.Equal("  File:             " + p12, lines[3]);
        Assert.StartsWith("  Organisation:", lines[4]);
    }

    [Theory]
    [InlineData(VerdictKind.Suitable, AltIdRegister.Production, 0)]
    [InlineData(VerdictKind.TestOnly, AltIdRegister.Production, ExitCodes.NotSuitable)]
    [InlineData(VerdictKind.TestOnly, AltIdRegister.Test, 0)]
    [InlineData(VerdictKind.Suitable, AltIdRegister.Test, ExitCodes.NotSuitable)]
    [InlineData(VerdictKind.Unsuitable, AltIdRegister.Production, ExitCodes.NotSuitable)]
    [InlineData(VerdictKind.Unsuitable, AltIdRegister.Test, ExitCodes.NotSuitable)]
    public void Exit_0_only_for_a_certificate_that_suits_the_chosen_register(VerdictKind verdict, AltIdRegister register, int exitCode)
    {
        Assert.Equal(exitCode, ExitCodes.For(new AltIdVerdict(verdict, true, RevocationStatus.Good, Array.Empty<CertificateWarning>()), register));
    }

    [Fact]
    public void Help_names_offline_and_test()
    {
        var help = CliRunner.Run(new[] { "inspect", "--help" }).Stdout;

        Assert.Contains("--offline", help);
        Assert.Contains("--test", help);
    }
}

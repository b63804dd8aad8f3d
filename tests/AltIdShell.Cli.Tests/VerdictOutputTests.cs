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

    [Theory]
    [InlineData(VerdictKind.Suitable, RevocationStatus.Good, false, 0)]
    [InlineData(VerdictKind.Suitable, RevocationStatus.NotChecked, false, 0)]
    [InlineData(VerdictKind.Suitable, RevocationStatus.Good, true, 0)]
    [InlineData(VerdictKind.Suitable, RevocationStatus.NotChecked, true, ExitCodes.RevocationNotConfirmed)]
    [InlineData(VerdictKind.Suitable, RevocationStatus.Unknown, true, ExitCodes.RevocationNotConfirmed)]
    [InlineData(VerdictKind.Unsuitable, RevocationStatus.Revoked, true, ExitCodes.NotSuitable)]
    [InlineData(VerdictKind.Unsuitable, RevocationStatus.NotChecked, true, ExitCodes.NotSuitable)]
    public void Require_revocation_fails_a_suitable_certificate_whose_revocation_was_not_confirmed(
        VerdictKind verdict, RevocationStatus revocation, bool requireRevocation, int exitCode)
    {
        var judged = new AltIdVerdict(verdict, true, revocation, Array.Empty<CertificateWarning>());

        Assert.Equal(exitCode, ExitCodes.For(judged, AltIdRegister.Production, requireRevocation));
    }

    [Fact]
    public void Require_revocation_does_not_hide_a_worse_exit_code()
    {
        // Forged, so unsuitable whatever revocation says: exit 9 stays 9 with the option.
        var chain = CertificateFactory.Oces3System(TestClock.ChildProcessNow);
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(chain, Password));

        var run = CliRunner.Run(new[] { "inspect", "--password-stdin", "--offline", "--require-revocation", p12 }, Password);

        Assert.Equal(ExitCodes.NotSuitable, run.ExitCode);
    }

    [Fact]
    public void Help_names_offline_and_test()
    {
        var help = CliRunner.Run(new[] { "inspect", "--help" }).Stdout;

        Assert.Contains("--offline", help);
        Assert.Contains("--test", help);
        Assert.Contains("--require-revocation", help);
    }
}

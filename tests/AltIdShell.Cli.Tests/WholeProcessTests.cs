using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// What only altid-export's own process shows: the exit code a shell sees and the UI language the runtime takes from the
/// locale variables. The prompt at a terminal is in InteractivePromptTests, invariant globalization in
/// InvariantGlobalizationTests.
/// </summary>
public sealed class WholeProcessTests : IDisposable
{
    private const string Password = "Rigtigt";
    private readonly WorkFolder _work = new("altid-process-");

    public void Dispose() => _work.Dispose();

    private string P12() =>
        _work.Write("Testfirma.p12", Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.ChildProcessNow), Password));

    [Theory]
    [InlineData("da_DK.UTF-8", "Adgangskoden er forkert")]
    [InlineData("en_GB.UTF-8", "The password is wrong")]
    public void A_wrong_password_exits_2_in_the_language_of_the_locale(string language, string expected)
    {
        var result = CliProcess.Run(new[] { "export", "--password-stdin", P12() }, "Forkert\n", language);

        Assert.Equal(ExitCodes.WrongPassword, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.False(File.Exists(_work.PathOf("Testfirma.cer")));
    }
}

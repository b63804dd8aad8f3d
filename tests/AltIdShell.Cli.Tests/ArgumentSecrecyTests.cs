using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// Whatever may be a password in the arguments is never printed: password options under every spelling people try,
/// unknown options, extra arguments and names of files that do not exist are refused or reported by position.
/// </summary>
public sealed class ArgumentSecrecyTests : IDisposable
{
    private const string Secret = "Hemmelig-Ærø-7731";
    private readonly WorkFolder _work = new("altid-args-");

    public void Dispose() => _work.Dispose();

    private string P12()
    {
        var path = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(path, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), Secret));
        return path;
    }

    private static CliRunner.Result Run(IEnumerable<string> arguments, string language = "en_GB.UTF-8") =>
        CliRunner.Run(arguments, language: language, environment: new Dictionary<string, string> { ["ALTID_PASSWORD"] = Secret });

    [Theory]
    [InlineData("export", "--passwd", Secret)]
    [InlineData("export", "--pwd", Secret)]
    [InlineData("export", "--passphrase", Secret)]
    [InlineData("export", "--pin", Secret)]
    [InlineData("export", "--adgangskode", Secret)]
    [InlineData("export", "--kodeord=" + Secret)]
    [InlineData("export", "-password", "pass:" + Secret)]
    [InlineData("export", "-pass", Secret)]
    [InlineData("export", "-passin", Secret)]
    [InlineData("export", "-keypass", Secret)]
    [InlineData("export", "-srcstorepass", Secret)]
    [InlineData("export", "pass:" + Secret)]
    [InlineData("export", "env:" + Secret)]
    [InlineData("export", "file:" + Secret)]
    [InlineData("inspect", "--adgangskode", Secret)]
    public void Every_spelling_of_a_password_option_is_refused_without_echo(params string[] arguments)
    {
        var p12 = P12();

        var result = Run(arguments.Append(p12));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("never given on the command line", result.Stderr);
        Assert.DoesNotContain(Secret, result.All);
        Assert.False(File.Exists(Path.ChangeExtension(p12, ".cer")));
    }

    [Theory]
    [InlineData("export", "--frobnicate", Secret)]
    [InlineData("inspect", "--secret=" + Secret)]
    [InlineData("export", "--json", "-x", Secret)]
    public void An_unknown_option_is_refused_by_position_before_anything_else(params string[] arguments)
    {
        var p12 = P12();

        var result = Run(arguments.Append(p12));

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"Argument \d is not an option altid-export (export|inspect) knows", result.Stderr);
        Assert.DoesNotContain(Secret, result.All);
        Assert.False(File.Exists(Path.ChangeExtension(p12, ".cer")));
    }

    [Fact]
    public void An_unknown_option_is_refused_in_Danish_too()
    {
        var result = Run(new[] { "export", "--frobnicate", Secret, P12() }, "da_DK.UTF-8");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Argument 2 er ikke et tilvalg, som altid-export export kender", result.Stderr);
        Assert.DoesNotContain(Secret, result.All);
    }

    [Fact]
    public void An_extra_argument_to_inspect_is_refused_by_position()
    {
        var result = Run(new[] { "inspect", P12(), Secret });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Argument 3 is one file too many", result.Stderr);
        Assert.DoesNotContain(Secret, result.All);
    }

    [Fact]
    public void An_unknown_command_is_refused_without_echo()
    {
        var result = Run(new[] { Secret, P12() });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Argument 1 is not a command", result.Stderr);
        Assert.DoesNotContain(Secret, result.All);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_argument_that_names_nothing_is_reported_by_position_and_the_others_exported(bool json)
    {
        var p12 = P12();
        var arguments = new List<string> { "export" };
        if (json)
            arguments.Add("--json");
        arguments.AddRange(new[] { p12, Secret, "@" + Secret });

        var result = Run(arguments);

        Assert.Equal(8, result.ExitCode);
        Assert.Contains(json ? "\"argument\": " + (arguments.Count - 1) : "Argument " + arguments.Count + " is not a file", result.All);
        Assert.DoesNotContain(Secret, result.All);
        Assert.True(File.Exists(Path.ChangeExtension(p12, ".cer")));
    }

    [Theory]
    [InlineData("inspect", "{p12}", "--", Secret)]
    [InlineData("export", "{p12}", "--", Secret)]
    [InlineData("inspect", "{p12}", "--json=" + Secret)]
    [InlineData("inspect", "{p12}", "--offline:" + Secret)]
    [InlineData("export", "{p12}", "--test=" + Secret)]
    [InlineData("export", "{p12}", "--password-stdin=" + Secret)]
    [InlineData("store", "list", "--all=" + Secret)]
    [InlineData("store", "export", Secret)]
    [InlineData("store", "export", "ABCDEF", "--out", Secret)]
    [InlineData("export", "{p12}", "--offline", "--certificate", Secret)]
    [InlineData("inspect", "{p12}", "--offline", "--certificate=" + Secret)]
    [InlineData("export", "{p12}", "--offline", "--json", "--certificate", Secret)]
    public void No_command_prints_a_word_that_may_be_a_password(params string[] arguments)
    {
        var p12 = P12();

        var result = Run(arguments.Select(a => a == "{p12}" ? p12 : a));

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain(Secret, result.All);
        Assert.DoesNotContain("Hemmelig", result.All);
    }

    [Fact]
    public void An_unknown_option_gets_the_nearest_known_one_and_is_not_repeated()
    {
        var result = Run(new[] { "export", "--keepboth", P12() });

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Argument 2 is not an option altid-export export knows. Did you mean --keep-both?" + Environment.NewLine, result.Stderr);
    }
}

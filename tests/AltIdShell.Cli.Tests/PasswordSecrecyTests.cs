using System.Text;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// altid-export with a distinctive password down every path it has, success and each failure, from standard input
/// and from ALTID_PASSWORD, as text and JSON, in Danish and English: the password is in no output and no file.
/// </summary>
public sealed class PasswordSecrecyTests : IDisposable
{
    private const string Secret = "Hemmelig-Ærø-7731";
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private readonly WorkFolder _work = new("altid-cli-secret-");

    public void Dispose() => _work.Dispose();

    /// <summary>Each path by the error kind it ends in ("Success" for none), with the exit code it gives.</summary>
    public static TheoryData<string, int> Paths() => new()
    {
        // A generated chain is no OCES3 certificate: written, but not suitable.
        { "Success", ExitCodes.NotSuitable },
        { nameof(ExportErrorKind.WrongPassword), 2 },
        { nameof(ExportErrorKind.NotPkcs12), 3 },
        { nameof(ExportErrorKind.Corrupt), 3 },
        { nameof(ExportErrorKind.UnsupportedAlgorithm), 4 },
        { nameof(ExportErrorKind.LimitExceeded), 5 },
        { nameof(ExportErrorKind.NoCertificate), 6 },
        { nameof(ExportErrorKind.OnlyCaCertificates), 6 },
        { nameof(ExportErrorKind.SeveralCertificates), 6 },
        { nameof(ExportErrorKind.OutputExists), 7 },
        { nameof(ExportErrorKind.SourceNotFound), 8 },
        { nameof(ExportErrorKind.Io), 8 },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void The_password_from_stdin_is_in_no_output_and_no_file(string path, int exitCode)
    {
        var arguments = Prepare(path).Prepend("--password-stdin").Prepend("export");

        var result = CliRunner.Run(arguments, Secret + "\n");

        Assert.True(exitCode == result.ExitCode, $"{path}: exit {result.ExitCode}\n{result.All}");
        AssertNowhere(result);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void The_password_from_ALTID_PASSWORD_is_in_no_JSON_output_in_Danish_and_no_file(string path, int exitCode)
    {
        var arguments = Prepare(path).Prepend("--json").Prepend("export");

        var result = CliRunner.Run(arguments, language: "da_DK.UTF-8", environment: new Dictionary<string, string> { ["ALTID_PASSWORD"] = Secret });

        Assert.True(exitCode == result.ExitCode, $"{path}: exit {result.ExitCode}\n{result.All}");
        AssertNowhere(result);
    }

    [Fact]
    public void Inspect_with_a_wrong_password_does_not_echo_it()
    {
        var result = CliRunner.Run(new[] { "inspect", "--password-stdin", Prepare(nameof(ExportErrorKind.WrongPassword)).Last() }, Secret + "\n");

        Assert.Equal(2, result.ExitCode);
        AssertNowhere(result);
    }

    [Theory]
    [InlineData("--password", Secret)]
    [InlineData("--password=" + Secret)]
    [InlineData("-p", Secret)]
    [InlineData("--passin", "pass:" + Secret)]
    public void A_password_on_the_command_line_is_refused_without_being_echoed(params string[] passwordArguments)
    {
        var p12 = Prepare("Success").Last();

        // With a password at hand the arguments were once taken for file names and echoed in "does not exist".
        var result = CliRunner.Run(new[] { "export" }.Concat(passwordArguments).Append(p12),
            environment: new Dictionary<string, string> { ["ALTID_PASSWORD"] = "et andet kodeord" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("never given on the command line", result.Stderr);
        AssertNowhere(result);
        Assert.False(File.Exists(Path.ChangeExtension(p12, ".cer")));
    }

    /// <summary>Sets up the work folder for one path; returns the arguments after the options.</summary>
    private IEnumerable<string> Prepare(string path)
    {
        var p12 = _work.PathOf("Testfirma.p12");
        var kind = Enum.TryParse<ExportErrorKind>(path, out var parsed) ? parsed : (ExportErrorKind?)null;
        File.WriteAllBytes(p12, kind is { } refused ? RefusedPkcs12.For(refused, Chain, Secret) : Pkcs12Factory.Build(Chain, Secret));
        switch (kind)
        {
            case ExportErrorKind.OutputExists:
                File.WriteAllBytes(Path.ChangeExtension(p12, ".cer"), Chain.Issuer.RawData);
                break;
            case ExportErrorKind.SourceNotFound:
                return new[] { _work.PathOf("findes-ikke.p12") };
            case ExportErrorKind.Io:
                // --out names a file, not a folder.
                var notAFolder = _work.PathOf("ikke-en-mappe");
                File.WriteAllText(notAFolder, "x");
                return new[] { "--out", notAFolder, p12 };
        }
        return new[] { p12 };
    }

    private void AssertNowhere(CliRunner.Result result)
    {
        Assert.DoesNotContain(Secret, result.All);
        var forms = new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode }.Select(e => e.GetBytes(Secret)).ToList();
        foreach (var file in _work.Info.GetFiles("*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file.FullName);
            Assert.True(forms.All(form => bytes.AsSpan().IndexOf(form) < 0), file.Name + " holds the password");
        }
    }
}

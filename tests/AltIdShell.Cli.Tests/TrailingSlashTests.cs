using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// A FILE argument with a folder's trailing slash ("Testfirma.p12/", as shell completion leaves it after a folder)
/// opens nothing. It was once reported as "The file does not exist:  (in the folder …/Testfirma.p12)", naming no file.
/// </summary>
public sealed class TrailingSlashTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-slash-");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("export", "en_GB.UTF-8", "{0} ends in a slash as if it were a folder, but it is a file. Remove the slash at the end.")]
    [InlineData("inspect", "da_DK.UTF-8", "{0} ender med en skråstreg, som var det en mappe, men det er en fil. Fjern skråstregen i slutningen.")]
    public void A_file_named_with_a_trailing_slash_is_said_to_be_a_file(string command, string language, string expected)
    {
        var asFolder = _work.Write("Testfirma.p12", Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.Now), "pw")) + "/";

        var result = CliRunner.Run(new[] { command, "--password-stdin", asFolder }, "pw", language);

        Assert.Equal(ExitCodes.FileSystem, result.ExitCode);
        Assert.Equal(string.Format(expected, asFolder) + Environment.NewLine, result.Stderr);
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }

    [Fact]
    public void A_missing_name_with_a_trailing_slash_is_named_by_its_last_part()
    {
        var result = CliRunner.Run(new[] { "export", "--password-stdin", _work.PathOf("Findes-ikke.p12/") }, "pw");

        Assert.Equal(ExitCodes.FileSystem, result.ExitCode);
        Assert.Equal($"The file does not exist: Findes-ikke.p12 (in the folder {_work.Info.FullName})." + Environment.NewLine, result.Stderr);
    }
}

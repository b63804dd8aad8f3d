using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// Real permissions, as a user meets them (<see cref="CliProcess.RunBoundByPermissions"/>): a file that may not be read
/// was once said to sit in a read-only folder, even by inspect; a file in a folder that may not be searched was said
/// not to exist; and an --out folder that may not be searched printed "stat failed with errno 13".
/// </summary>
[Trait("Category", LinuxTools.Trait)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PermissionTests : IDisposable
{
    private const string Password = "Rigtigt";
    private const UnixFileMode Everything = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode NotSearchable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead
        | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
    private readonly WorkFolder _work = new("altid-permission-");

    public void Dispose()
    {
        foreach (var folder in _work.Info.GetDirectories())
            File.SetUnixFileMode(folder.FullName, Everything);
        _work.Dispose();
    }

    private string P12(string name = "Testfirma.p12") =>
        _work.Write(name, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.ChildProcessNow), Password));

    [Theory]
    [InlineData("inspect", "en_GB.UTF-8", "Access denied: you may not read the file {0}. Ask the file's owner or your IT department for access.")]
    [InlineData("export", "en_GB.UTF-8", "Access denied: you may not read the file {0}. Ask the file's owner or your IT department for access.")]
    [InlineData("inspect", "da_DK.UTF-8", "Adgang nægtet: du må ikke læse filen {0}. Bed ejeren af filen eller jeres it-afdeling om adgang.")]
    [InlineData("export", "da_DK.UTF-8", "Adgang nægtet: du må ikke læse filen {0}. Bed ejeren af filen eller jeres it-afdeling om adgang.")]
    public void A_file_that_may_not_be_read_is_said_to_be_unreadable(string command, string language, string expected)
    {
        var p12 = P12();
        File.SetUnixFileMode(p12, UnixFileMode.None);

        var result = CliProcess.RunBoundByPermissions(new[] { command, "--password-stdin", p12 }, Password + "\n", language);

        Assert.Equal(ExitCodes.FileSystem, result.ExitCode);
        Assert.Contains(string.Format(expected, p12), result.Stderr);
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }

    [Theory]
    [InlineData("inspect", "en_GB.UTF-8", "Access denied to {0}: you may not open one of the folders on the way to it.")]
    [InlineData("export", "da_DK.UTF-8", "Adgang nægtet til {0}: du må ikke åbne en af mapperne på vejen dertil.")]
    public void A_file_in_a_folder_that_may_not_be_searched_is_said_to_be_out_of_reach_not_missing(string command, string language, string expected)
    {
        var p12 = P12("Lukket/Testfirma.p12");
        File.SetUnixFileMode(Path.GetDirectoryName(p12)!, NotSearchable);

        var result = CliProcess.RunBoundByPermissions(new[] { command, "--password-stdin", p12 }, Password + "\n", language);

        Assert.Equal(ExitCodes.FileSystem, result.ExitCode);
        Assert.Contains(string.Format(expected, p12), result.Stderr);
        Assert.DoesNotContain("does not exist", result.Stderr);
        Assert.DoesNotContain("findes ikke", result.Stderr);
    }

    [Theory]
    [InlineData("en_GB.UTF-8", "Access denied to {0}: you may not open one of the folders on the way to it.")]
    [InlineData("da_DK.UTF-8", "Adgang nægtet til {0}: du må ikke åbne en af mapperne på vejen dertil.")]
    public void An_out_folder_that_may_not_be_searched_is_said_so_in_words(string language, string expected)
    {
        var p12 = P12();
        var output = Directory.CreateDirectory(_work.PathOf("Ud")).FullName;
        File.SetUnixFileMode(output, NotSearchable);

        var result = CliProcess.RunBoundByPermissions(new[] { "export", "--password-stdin", "--out", output, p12 }, Password + "\n", language);

        Assert.Equal(ExitCodes.FileSystem, result.ExitCode);
        Assert.Contains(string.Format(expected, Path.Combine(output, "Testfirma.cer")), result.Stderr);
        Assert.DoesNotContain("errno", result.Stderr);
        File.SetUnixFileMode(output, Everything);
        Assert.Equal(new[] { "Testfirma.p12" }, _work.Files());
    }

    [Fact]
    public void A_file_out_of_reach_stops_only_its_own_export_in_a_batch()
    {
        var good = P12("God.p12");
        var closed = P12("Lukket/Testfirma.p12");
        File.SetUnixFileMode(Path.GetDirectoryName(closed)!, NotSearchable);

        var result = CliProcess.RunBoundByPermissions(new[] { "export", "--password-stdin", "--offline", good, closed }, Password + "\n", "en_GB.UTF-8");

        Assert.Equal(ExitCodes.FileSystem, result.ExitCode);
        Assert.Contains("Exported: " + _work.PathOf("God.cer"), result.Stdout);
        Assert.DoesNotContain("Error (God.p12)", result.Stderr);
        Assert.True(File.Exists(_work.PathOf("God.cer")));
    }
}

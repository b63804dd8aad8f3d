using AltIdShell.Core.Errors;
using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Tests.FileSystem;

public sealed class IoErrorsTests
{
    [Theory]
    [InlineData(unchecked((int)0x80070020), ExportErrorKind.FileLocked)]
    [InlineData(unchecked((int)0x80070021), ExportErrorKind.FileLocked)]
    [InlineData(unchecked((int)0x80070070), ExportErrorKind.DiskFull)]
    [InlineData(unchecked((int)0x80070027), ExportErrorKind.DiskFull)]
    [InlineData(unchecked((int)0x80070015), ExportErrorKind.Io)]
    public void Windows_error_codes_become_what_a_person_can_act_on(int hresult, ExportErrorKind expected)
    {
        Assert.Equal(expected, IoErrors.Map(new IOException("x", hresult), @"C:\Certifikater\Testfirma.cer", windows: true)!.Kind);
    }

    [Theory]
    [InlineData(28, ExportErrorKind.DiskFull)]
    [InlineData(30, ExportErrorKind.AccessDenied)]
    [InlineData(5, ExportErrorKind.Io)]
    public void Unix_error_codes_become_what_a_person_can_act_on(int errno, ExportErrorKind expected)
    {
        Assert.Equal(expected, IoErrors.Map(new IOException("x", errno), "/tmp/Testfirma.cer", windows: false)!.Kind);
    }

    [Theory]
    [InlineData(40, ExportErrorKind.Io, "symbolic links that form a loop", "danner en løkke")]
    [InlineData(13, ExportErrorKind.AccessDenied, "one of the folders on the way to it", "en af mapperne på vejen dertil")]
    [InlineData(36, ExportErrorKind.PathTooLong, "too long", "for lang")]
    [InlineData(5, ExportErrorKind.Io, "error code 5 from the system", "fejlkode 5 fra systemet")]
    public void A_failed_stat_is_said_in_words_and_names_the_path_it_was_about(int errno, ExportErrorKind expected, string english, string danish)
    {
        // The export stats the .p12 while it works on the .cer: the error must name the file stat was asked about.
        var error = IoErrors.Map(new FileStatusException("/srv/Kødpålæg/Testfirma.p12", errno), "/srv/Kødpålæg/Testfirma.cer", windows: false)!;

        Assert.Equal(expected, error.Kind);
        Assert.Contains(english, error.Text.English);
        Assert.Contains(danish, error.Text.Danish);
        foreach (var text in new[] { error.Text.English, error.Text.Danish })
        {
            Assert.Contains("/srv/Kødpålæg/Testfirma.p12", text);
            Assert.DoesNotContain("Testfirma.cer", text);
            Assert.DoesNotContain("errno", text);
            Assert.DoesNotContain("stat", text);
        }
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(unchecked((int)0x80070781), true)]
    public void A_link_loop_met_while_opening_is_said_to_be_a_loop(int code, bool windows)
    {
        var error = IoErrors.Map(new IOException("Too many levels of symbolic links", code), "/tmp/Testfirma.cer", windows)!;

        Assert.Equal(ExportErrorKind.Io, error.Kind);
        Assert.Contains("form a loop", error.Text.English);
        Assert.DoesNotContain("Too many", error.Text.English);
    }

    [Fact]
    public void Access_denied_on_a_read_says_the_file_may_not_be_read_and_on_a_write_that_the_folder_may_be_read_only()
    {
        var read = IoErrors.MapRead(new UnauthorizedAccessException(), "/srv/Testfirma.p12")!;
        var write = IoErrors.Map(new UnauthorizedAccessException(), "/srv/Testfirma.cer")!;

        Assert.Equal(ExportErrorKind.AccessDenied, read.Kind);
        Assert.Equal("Access denied: you may not read the file /srv/Testfirma.p12. Ask the file's owner or your IT department for access.", read.Text.English);
        Assert.Equal("Adgang nægtet: du må ikke læse filen /srv/Testfirma.p12. Bed ejeren af filen eller jeres it-afdeling om adgang.", read.Text.Danish);
        Assert.Equal(ExportErrorKind.AccessDenied, write.Kind);
        Assert.Contains("read-only", write.Text.English);
    }

    [Fact]
    public void The_messages_name_the_path_in_both_languages()
    {
        var error = IoErrors.Map(new UnauthorizedAccessException(), "/srv/Kødpålæg/Testfirma.cer")!;

        Assert.Equal(ExportErrorKind.AccessDenied, error.Kind);
        Assert.Contains("/srv/Kødpålæg/Testfirma.cer", error.Text.Danish);
        Assert.Contains("/srv/Kødpålæg/Testfirma.cer", error.Text.English);
    }

    [Fact]
    public void Exceptions_that_are_not_about_files_are_not_mapped()
    {
        Assert.Null(IoErrors.Map(new InvalidOperationException(), "/x"));
    }
}

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

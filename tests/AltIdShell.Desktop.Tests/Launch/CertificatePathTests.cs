using AltIdShell.Desktop.Launch;

namespace AltIdShell.Desktop.Tests.Launch;

public class CertificatePathTests
{
    private static bool Exists(string path) => true;

    [Theory]
    [InlineData(@"C:\Users\a\Testfirma.p12")]
    [InlineData(@"c:/Users/a/Testfirma.PFX")]
    [InlineData(@"\\server\share\Testfirma.p12")]
    [InlineData(@"C:\Users\a\Test æøå (2).p12")]
    public void Accepts_absolute_Windows_paths_of_certificate_files(string path) =>
        Assert.Equal(PathRejection.None, CertificatePath.Check(path, PathStyle.Windows, Exists));

    [Theory]
    [InlineData("", PathRejection.Empty)]
    [InlineData(null, PathRejection.Empty)]
    [InlineData(@"Testfirma.p12", PathRejection.NotAbsolute)]
    [InlineData(@"C:Testfirma.p12", PathRejection.NotAbsolute)]
    [InlineData(@"\Users\Testfirma.p12", PathRejection.NotAbsolute)]
    [InlineData(@"\\\x\Testfirma.p12", PathRejection.NotAbsolute)]
    [InlineData(@"C:\Users\..\Windows\Testfirma.p12", PathRejection.RelativeSegment)]
    [InlineData(@"C:\Users\.\Testfirma.p12", PathRejection.RelativeSegment)]
    [InlineData(@"C:\Users\Testfirma.cer", PathRejection.NotCertificateFile)]
    [InlineData(@"C:\Users\Testfirma.p12.exe", PathRejection.NotCertificateFile)]
    [InlineData(@"C:\Users\.p12", PathRejection.NotCertificateFile)]
    [InlineData("C:\\Users\\Test\nfirma.p12", PathRejection.ControlCharacter)]
    public void Refuses_what_is_not_an_absolute_certificate_path_on_Windows(string? path, PathRejection expected) =>
        Assert.Equal(expected, CertificatePath.Check(path, PathStyle.Windows, Exists));

    [Fact]
    public void Refuses_a_missing_file() =>
        Assert.Equal(PathRejection.Missing, CertificatePath.Check(@"C:\gone.p12", PathStyle.Windows, _ => false));

    [Fact]
    public void Refuses_an_overlong_path() =>
        Assert.Equal(PathRejection.TooLong, CertificatePath.Check(@"C:\" + new string('a', CertificatePath.MaxLength) + ".p12", PathStyle.Windows, Exists));

    [Theory]
    [InlineData("/tmp/Testfirma.p12", PathRejection.None)]
    [InlineData("tmp/Testfirma.p12", PathRejection.NotAbsolute)]
    [InlineData(@"C:\Testfirma.p12", PathRejection.NotAbsolute)]
    [InlineData("/tmp/../etc/Testfirma.p12", PathRejection.RelativeSegment)]
    public void Applies_Unix_rules_under_Mono(string path, PathRejection expected) =>
        Assert.Equal(expected, CertificatePath.Check(path, PathStyle.Unix, Exists));

    [Fact]
    public void Asks_the_file_system_about_the_real_path()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".p12");
        Assert.Equal(PathRejection.Missing, CertificatePath.Check(file, CertificatePath.CurrentStyle, File.Exists));
        File.WriteAllBytes(file, new byte[] { 0x30 });
        try
        {
            Assert.Equal(PathRejection.None, CertificatePath.Check(file, CertificatePath.CurrentStyle, File.Exists));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

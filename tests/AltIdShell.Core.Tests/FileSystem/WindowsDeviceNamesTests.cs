using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Tests.FileSystem;

public sealed class WindowsDeviceNamesTests
{
    [Theory]
    [InlineData(@"C:\Users\a\NUL.p12", "NUL")]
    [InlineData(@"C:\Users\a\nul.cer", "NUL")]
    [InlineData(@"C:\Users\a\Con.tar.gz", "CON")]
    [InlineData(@"C:\Users\a\CON", "CON")]
    [InlineData(@"C:\Users\a\aux .cer", "AUX")]
    [InlineData(@"C:\Users\a\prn.pfx", "PRN")]
    [InlineData(@"\\?\C:\a\COM1.cer", "COM1")]
    [InlineData(@"C:\a\lpt9.cer", "LPT9")]
    [InlineData("C:\\a\\COM\u00B9.cer", "COM\u00B9")]
    public void Device_names_are_found_with_or_without_an_extension(string path, string device) =>
        Assert.Equal(device, WindowsDeviceNames.DeviceIn(path));

    [Theory]
    [InlineData(@"C:\Users\a\Testfirma.p12")]
    [InlineData(@"C:\Users\a\CONSOLE.cer")]
    [InlineData(@"C:\Users\a\NULL.cer")]
    [InlineData(@"C:\Users\a\COM10.cer")]
    [InlineData(@"C:\Users\a\.NUL.cer.1a2b.tmp")]
    [InlineData(@"C:\NUL\Testfirma.cer")]
    public void Ordinary_names_are_not_devices(string path) =>
        Assert.Null(WindowsDeviceNames.DeviceIn(path));
}

using AltIdShell.Desktop.Registration;

namespace AltIdShell.Desktop.Tests.Registration;

public class CodeBaseUrlTests
{
    [Theory]
    [InlineData(@"C:\Program Files\AltIdShell\0.1.0\AltIdShell.ContextMenu.dll", "file:///C:/Program Files/AltIdShell/0.1.0/AltIdShell.ContextMenu.dll")]
    [InlineData(@"C:\Users\Søren Ærø\Å\x.dll", "file:///C:/Users/Søren Ærø/Å/x.dll")]
    [InlineData(@"C:\100% sikker\C#\x.dll", "file:///C:/100%25 sikker/C%23/x.dll")]
    [InlineData(@"\\server\share\x.dll", "file://server/share/x.dll")]
    public void Paths_become_file_urls_as_regasm_writes_them(string path, string url) =>
        Assert.Equal(url, CodeBaseUrl.FromWindowsPath(path));

    [Fact]
    public void An_install_folder_joins_file_names_with_one_backslash()
    {
        var folder = new InstallFolder(@"C:\Program Files\AltIdShell\0.1.0\");
        Assert.Equal(@"C:\Program Files\AltIdShell\0.1.0\AltIdShell.Tray.exe", folder.PathOf("AltIdShell.Tray.exe"));
        Assert.Equal("file:///C:/Program Files/AltIdShell/0.1.0/a b.dll", folder.CodeBaseOf("a b.dll"));
        Assert.Throws<ArgumentException>(() => new InstallFolder(""));
    }
}

using System.IO;
namespace AltIdShell.ContextMenu.Tests;

public class TrayLocationTests
{
    private const string InstallFolder = @"C:\Users\Søren\AppData\Local\Programs\AltIdShell";
    private const string OldFolder = InstallFolder + @"\handler\0.1.0";

    [Theory]
    [InlineData(@"C:\Users\Søren\AppData\Local\Programs\AltIdShell\0.2.0\AltIdShell.Tray.exe")]
    [InlineData(@"C:\Program Files\AltIdShell\0.2.0\altidshell.tray.EXE")]
    [InlineData(@"\\server\apps\AltIdShell\0.2.0\AltIdShell.Tray.exe")]
    public void The_registered_tray_wins_over_the_one_beside_an_old_handler(string registered) =>
        Assert.Equal(registered, TrayLocation.Choose(registered, OldFolder));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(@"AltIdShell.Tray.exe")]
    [InlineData(@"..\AltIdShell.Tray.exe")]
    [InlineData(@"C:AltIdShell.Tray.exe")]
    [InlineData(@"C:\Windows\System32\cmd.exe")]
    [InlineData(@"C:\x\AltIdShell.Tray.exe.lnk")]
    public void Without_a_usable_registered_path_the_tray_of_the_install_folder_above_the_handler_starts(string? registered) =>
        Assert.Equal(Path.Combine(InstallFolder, "AltIdShell.Tray.exe"), TrayLocation.Choose(registered, OldFolder));

    [Theory]
    [InlineData(@"C:\dev\AltIdShell\src\AltIdShell.ContextMenu\bin\Release\net48")]
    [InlineData(@"C:\handler\0.1.0\x")]
    [InlineData(@"C:\handlers\0.1.0")]
    [InlineData(@"handler\0.1.0")]
    [InlineData(@"C:\")]
    [InlineData(@"C:\handler\0.1.0")]
    public void Outside_the_installed_layout_the_tray_beside_the_handler_starts(string handlerFolder) =>
        Assert.Equal(Path.Combine(handlerFolder, "AltIdShell.Tray.exe"), TrayLocation.Choose(null, handlerFolder));
}

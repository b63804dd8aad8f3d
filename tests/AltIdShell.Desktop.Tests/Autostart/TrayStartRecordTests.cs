using AltIdShell.Desktop.Autostart;

namespace AltIdShell.Desktop.Tests.Autostart;

public class TrayStartRecordTests
{
    private const string Exe = @"C:\Users\a\AppData\Local\Programs\AltIdShell\0.2.0\AltIdShell.Tray.exe";

    [Fact]
    public void Only_a_users_very_first_start_turns_autostart_on()
    {
        Assert.True(TrayStartRecord.TurnsAutostartOn(null));
        Assert.True(TrayStartRecord.TurnsAutostartOn(""));
        Assert.False(TrayStartRecord.TurnsAutostartOn(@"C:\Users\a\AppData\Local\Programs\AltIdShell\0.1.0\AltIdShell.Tray.exe"));
    }

    [Fact]
    public void A_start_from_another_install_folder_is_the_first_of_that_install()
    {
        Assert.True(TrayStartRecord.IsFirstStartOf(Exe, null));
        Assert.True(TrayStartRecord.IsFirstStartOf(Exe, @"C:\Users\a\AppData\Local\Programs\AltIdShell\0.1.0\AltIdShell.Tray.exe"));
        Assert.False(TrayStartRecord.IsFirstStartOf(Exe, Exe));
        Assert.False(TrayStartRecord.IsFirstStartOf(Exe, Exe.ToUpperInvariant()));
    }

    [Fact]
    public void The_record_lives_in_altidshells_own_key_under_hkcu() =>
        Assert.Equal(@"Software\AltIdShell", TrayStartRecord.Key);
}

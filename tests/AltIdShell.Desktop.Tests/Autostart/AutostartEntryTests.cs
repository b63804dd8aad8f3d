using AltIdShell.Desktop.Autostart;
using AltIdShell.Desktop.Launch;

namespace AltIdShell.Desktop.Tests.Autostart;

public class AutostartEntryTests
{
    private const string Exe = @"C:\Users\a\AppData\Local\Programs\AltIdShell\AltIdShell.Tray.exe";

    [Fact]
    public void The_command_quotes_the_path_and_starts_in_the_background() =>
        Assert.Equal("\"" + Exe + "\" " + LaunchParser.BackgroundOption, AutostartEntry.CommandFor(Exe));

    [Fact]
    public void Recognises_its_own_value_and_a_moved_install()
    {
        Assert.True(AutostartEntry.PointsAt(AutostartEntry.CommandFor(Exe), Exe));
        Assert.False(AutostartEntry.PointsAt(AutostartEntry.CommandFor(@"D:\old\AltIdShell.Tray.exe"), Exe));
        Assert.False(AutostartEntry.PointsAt(null, Exe));
    }

    [Fact]
    public void Enabled_means_the_value_exists_and_the_user_has_not_switched_it_off()
    {
        var command = AutostartEntry.CommandFor(Exe);
        Assert.True(AutostartEntry.IsEnabled(command, null));
        Assert.True(AutostartEntry.IsEnabled(command, AutostartEntry.EnabledMarker()));
        Assert.False(AutostartEntry.IsEnabled(command, new byte[] { 3, 0, 0, 0, 0, 0, 0, 0, 0x10, 0x20, 0x30, 0x40 }));
        Assert.False(AutostartEntry.IsEnabled(null, null));
        Assert.False(AutostartEntry.IsEnabled("  ", null));
    }

    [Fact]
    public void The_enabled_marker_reads_back_as_enabled() =>
        Assert.False(AutostartEntry.IsDisabledByUser(AutostartEntry.EnabledMarker()));
}

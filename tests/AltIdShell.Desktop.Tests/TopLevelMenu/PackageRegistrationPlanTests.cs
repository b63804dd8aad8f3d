using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Tests.TopLevelMenu;

public class PackageRegistrationPlanTests
{
    private const string Folder = @"C:\Program Files\AltIdShell";
    private static readonly Version Windows11 = new(10, 0, 22631);
    private static readonly Version Windows10 = new(10, 0, 19045);
    private static readonly DateTime Installed = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly PackageRegistrationRecord Registered = new(Installed.AddMinutes(1), "0.1.0", Folder);

    [Fact]
    public void The_first_run_on_Windows_11_registers() =>
        Assert.True(PackageRegistrationPlan.NeedsRegistration(null, registeredNow: false, "0.1.0", Folder, Installed, Windows11, packageShipped: true));

    [Fact]
    public void A_version_registered_for_this_folder_and_still_there_is_left_alone() =>
        Assert.False(PackageRegistrationPlan.NeedsRegistration(Registered, registeredNow: true, "0.1.0", Folder + @"\", Installed, Windows11, packageShipped: true));

    [Fact]
    public void An_upgrade_registers_again() =>
        Assert.True(PackageRegistrationPlan.NeedsRegistration(Registered, registeredNow: true, "0.2.0", Folder, Installed, Windows11, packageShipped: true));

    [Fact]
    public void A_tray_in_another_folder_registers_again() =>
        Assert.True(PackageRegistrationPlan.NeedsRegistration(Registered, registeredNow: true, "0.1.0", @"D:\Tools\AltIdShell", Installed, Windows11, packageShipped: true));

    [Fact]
    public void A_repair_or_reinstall_since_the_registration_registers_again() =>
        Assert.True(PackageRegistrationPlan.NeedsRegistration(Registered, registeredNow: true, "0.1.0", Folder, Installed.AddHours(1), Windows11, packageShipped: true));

    [Fact]
    public void A_package_removed_by_anyone_else_registers_again_and_its_record_goes()
    {
        Assert.True(PackageRegistrationPlan.NeedsRegistration(Registered, registeredNow: false, "0.1.0", Folder, Installed, Windows11, packageShipped: true));
        Assert.False(PackageRegistrationPlan.KeepsRecord(Registered, registeredNow: false));
        Assert.True(PackageRegistrationPlan.KeepsRecord(Registered, registeredNow: true));
    }

    [Fact]
    public void Windows_10_never_registers() =>
        Assert.False(PackageRegistrationPlan.NeedsRegistration(null, registeredNow: false, "0.1.0", Folder, Installed, Windows10, packageShipped: true));

    [Fact]
    public void A_build_without_the_package_never_registers() =>
        Assert.False(PackageRegistrationPlan.NeedsRegistration(null, registeredNow: false, "0.1.0", Folder, Installed, Windows11, packageShipped: false));

    [Fact]
    public void A_failure_is_said_once_per_version()
    {
        Assert.True(PackageRegistrationPlan.ReportsFailure(null, "0.1.0"));
        Assert.False(PackageRegistrationPlan.ReportsFailure("0.1.0", "0.1.0"));
        Assert.True(PackageRegistrationPlan.ReportsFailure("0.1.0", "0.2.0"));
    }

    [Theory]
    [InlineData(@"C:\Program Files\AltIdShell\AltIdShell.msix", "file:///C:/Program%20Files/AltIdShell/AltIdShell.msix")]
    [InlineData(@"C:\Brugere\Søren Ærø\C# #1\100%\", "file:///C:/Brugere/S%C3%B8ren%20%C3%86r%C3%B8/C%23%20%231/100%25")]
    [InlineData(@"\\server\share\AltIdShell", "file://server/share/AltIdShell")]
    public void Paths_become_file_URIs_with_every_name_escaped(string path, string uri) =>
        Assert.Equal(uri, PackageRegistrationPlan.FileUri(path));

    [Theory]
    [InlineData(@"relative\folder")]
    [InlineData("")]
    public void Only_absolute_Windows_paths_become_URIs(string path) =>
        Assert.Throws<ArgumentException>(() => PackageRegistrationPlan.FileUri(path));
}

using AltIdShell.Desktop.Autostart;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Registration;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Tests.Registration;

public class ProductRegistrationTests
{
    private const string Folder = @"C:\Users\Søren Ærø\AppData\Local\Programs\AltIdShell\0.1.0";
    private const string Clsid = "{6A0F3C1E-5B7D-4C8A-9E21-3D4B5A6C7E8F}";

    private static IReadOnlyList<RegistryEntry> PerUser => ProductRegistration.Entries(InstallScope.PerUser, new InstallFolder(Folder));

    private static string Value(IEnumerable<RegistryEntry> entries, string key, string? name) =>
        entries.Single(e => e.Key == key && e.Name == name).Value;

    [Fact]
    public void The_com_server_is_registered_for_mscoree_with_our_identity()
    {
        var key = $@"Software\Classes\CLSID\{Clsid}\InprocServer32";
        Assert.Equal("AltIdShell context menu", Value(PerUser, $@"Software\Classes\CLSID\{Clsid}", null));
        Assert.Equal("mscoree.dll", Value(PerUser, key, null));
        Assert.Equal("Apartment", Value(PerUser, key, "ThreadingModel"));
        Assert.Equal("AltIdShell.ContextMenu.ExportPublicKeyMenu", Value(PerUser, key, "Class"));
        Assert.Equal("AltIdShell.ContextMenu, Version=1.0.0.0, Culture=neutral, PublicKeyToken=4d1c8a0ad54cdb69", Value(PerUser, key, "Assembly"));
        Assert.Equal("v4.0.30319", Value(PerUser, key, "RuntimeVersion"));
        Assert.Equal("file:///C:/Users/Søren Ærø/AppData/Local/Programs/AltIdShell/0.1.0/AltIdShell.ContextMenu.dll", Value(PerUser, key, "CodeBase"));
    }

    [Theory]
    [InlineData(".p12")]
    [InlineData(".pfx")]
    [InlineData(".cer")]
    [InlineData(".crt")]
    [InlineData(".p7b")]
    public void Each_certificate_extension_points_at_the_handler(string extension) =>
        Assert.Equal(Clsid, Value(PerUser, $@"Software\Classes\SystemFileAssociations\{extension}\shellex\ContextMenuHandlers\AltIdShell", null));

    [Fact]
    public void Notifications_url_protocol_and_autostart_name_the_installed_tray()
    {
        Assert.Equal("AltIdShell", Value(PerUser, @"Software\Classes\AppUserModelId\AltIdShell.Tray", "DisplayName"));
        Assert.Equal(Folder + @"\AltIdShell.png", Value(PerUser, @"Software\Classes\AppUserModelId\AltIdShell.Tray", "IconUri"));
        Assert.Equal("URL:AltIdShell", Value(PerUser, @"Software\Classes\altidshell", null));
        Assert.Equal("", Value(PerUser, @"Software\Classes\altidshell", "URL Protocol"));
        Assert.Equal($"\"{Folder}\\AltIdShell.Tray.exe\" \"%1\"", Value(PerUser, @"Software\Classes\altidshell\shell\open\command", null));
        Assert.Equal($"\"{Folder}\\AltIdShell.Tray.exe\" {LaunchParser.BackgroundOption}", Value(PerUser, @"Software\Microsoft\Windows\CurrentVersion\Run", "AltIdShell"));
    }

    [Fact]
    public void Every_entry_has_a_part_and_the_run_value_alone_is_autostart()
    {
        Assert.Equal(19, PerUser.Count);
        Assert.Equal(13, PerUser.Count(e => e.Part == RegistrationPart.ContextMenuHandler));
        Assert.Equal(2, PerUser.Count(e => e.Part == RegistrationPart.NotificationIdentity));
        Assert.Equal(3, PerUser.Count(e => e.Part == RegistrationPart.UrlProtocol));
        Assert.Equal(AutostartEntry.RunKey, PerUser.Single(e => e.Part == RegistrationPart.Autostart).Key);
        Assert.Equal(PerUser.Count, PerUser.Select(e => (e.Key, e.Name)).Distinct().Count());
    }

    [Fact]
    public void Per_user_writes_under_hkcu_and_per_machine_the_same_under_hklm()
    {
        var perMachine = ProductRegistration.Entries(InstallScope.PerMachine, new InstallFolder(Folder));
        Assert.All(PerUser, e => Assert.Equal(RegistryRoot.CurrentUser, e.Root));
        Assert.All(perMachine, e => Assert.Equal(RegistryRoot.LocalMachine, e.Root));
        Assert.Equal(PerUser.Select(e => e with { Root = RegistryRoot.LocalMachine }), perMachine);
        Assert.StartsWith(@"HKEY_LOCAL_MACHINE\Software\Classes\CLSID\", perMachine[0].ToString());
    }

    [Fact]
    public void Every_entry_but_the_run_value_lies_under_a_key_we_own_and_remove_whole()
    {
        var owned = ProductRegistration.OwnedKeys();
        foreach (var entry in PerUser)
        {
            var isOwned = owned.Any(k => entry.Key == k || entry.Key.StartsWith(k + @"\", StringComparison.Ordinal));
            Assert.Equal(entry.Part != RegistrationPart.Autostart, isOwned);
        }
        Assert.DoesNotContain(owned, k => k.Equals(AutostartEntry.RunKey, StringComparison.OrdinalIgnoreCase));
        Assert.All(owned, k => Assert.StartsWith(@"Software\Classes\", k));
    }

    [Fact]
    public void The_install_location_decides_every_path()
    {
        var entries = ProductRegistration.Entries(InstallScope.PerMachine, new FakeLocation());
        Assert.Equal("CODEBASE(AltIdShell.ContextMenu.dll)", Value(entries, ProductRegistration.InprocServerKey, "CodeBase"));
        Assert.Equal("\"PATH(AltIdShell.Tray.exe)\" " + LaunchParser.BackgroundOption, Value(entries, AutostartEntry.RunKey, "AltIdShell"));
        Assert.Equal("PATH(AltIdShell.Tray.exe)", Value(entries, ProductRegistration.ClsidKey, ProductIdentity.TrayPathValueName));
        Assert.Equal("PATH(AltIdShell.png)", Value(entries, ProductRegistration.AppUserModelIdKey, "IconUri"));
    }

    private sealed class FakeLocation : IInstallLocation
    {
        public string PathOf(string fileName) => $"PATH({fileName})";
        public string CodeBaseOf(string fileName) => $"CODEBASE({fileName})";
    }
}

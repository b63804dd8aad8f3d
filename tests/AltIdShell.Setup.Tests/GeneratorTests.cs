using System.Xml.Linq;
using AltIdShell.Desktop.Autostart;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Registration;
using AltIdShell.Setup.Generator;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Setup.Tests;

public class GeneratorTests
{
    [Theory]
    [InlineData("AltIdShell.Tray.exe", "File_AltIdShell.Tray.exe")]
    [InlineData("altid-export.exe", "File_altid_export.exe")]
    [InlineData("LICENSE.txt", "File_LICENSE.txt")]
    public void File_ids_are_valid_msi_identifiers(string name, string id) => Assert.Equal(id, WixIds.File(name));

    [Fact]
    public void An_identifier_past_72_characters_is_refused() =>
        Assert.Throws<ArgumentException>(() => WixIds.File(new string('a', 70)));

    [Fact]
    public void Msi_paths_are_formatted_file_references()
    {
        var location = new MsiInstallLocation();
        Assert.Equal("[#File_AltIdShell.Tray.exe]", location.PathOf("AltIdShell.Tray.exe"));
        Assert.Equal("file:///[#File_AltIdShell.ContextMenu.dll]", location.CodeBaseOf("AltIdShell.ContextMenu.dll"));
    }

    [Fact]
    public void Once_installed_the_file_references_are_paths_in_the_install_folder_and_the_handler_in_its_versions()
    {
        var location = MsiInstallLocation.Installed(@"C:\Program Files\AltIdShell\", "0.1.0");
        Assert.Equal(@"C:\Program Files\AltIdShell\AltIdShell.Tray.exe", location.PathOf("AltIdShell.Tray.exe"));
        Assert.Equal(@"C:\Program Files\AltIdShell\AltIdShell.png", location.PathOf("AltIdShell.png"));
        Assert.Equal(@"file:///C:\Program Files\AltIdShell\handler\0.1.0\AltIdShell.ContextMenu.dll", location.CodeBaseOf("AltIdShell.ContextMenu.dll"));
    }

    [Theory]
    [InlineData("AltIdShell.Tray.exe", "AltIdShell.Tray.exe")]
    [InlineData("altid-export.exe", "altid-export.exe")]
    [InlineData("AltIdShell.msix", "AltIdShell.msix")]
    [InlineData("AltIdShell.Core.dll", "AltIdShell.Core.dll")]
    [InlineData("AltIdShell.ContextMenu.dll", @"handler\0.2.0\AltIdShell.ContextMenu.dll")]
    public void Only_what_explorer_loads_goes_into_a_folder_of_its_version(string file, string relativePath)
    {
        Assert.Equal(relativePath, InstallLayout.RelativePath(file, "0.2.0"));
        var include = WixInclude.Build(InstallScope.PerUser, "0.2.0", new[] { file });
        var group = include.Descendants(WixInclude.Wix + "File").Single().Ancestors(WixInclude.Wix + "ComponentGroup").Single();
        Assert.Equal(relativePath.Contains('\\') ? "HANDLERFOLDER" : "INSTALLFOLDER", (string?)group.Attribute("Directory"));
    }

    [Theory]
    [InlineData(InstallScope.PerUser)]
    [InlineData(InstallScope.PerMachine)]
    public void Every_generated_component_is_64_bit_and_every_value_a_flat_string(InstallScope scope)
    {
        var include = WixInclude.Build(scope, "0.1.0", new[] { "AltIdShell.Tray.exe", "AltIdShell.ContextMenu.dll" });
        var w = WixInclude.Wix;
        Assert.All(include.Descendants(w + "Component"), c => Assert.Equal("yes", (string?)c.Attribute("Win64")));
        Assert.Empty(include.Descendants(w + "RegistryKey"));
        Assert.All(include.Descendants(w + "RegistryValue"), v => Assert.Equal("string", (string?)v.Attribute("Type")));
        Assert.All(include.Descendants(w + "Component"), c => Assert.Single(c.Descendants(), e => (string?)e.Attribute("KeyPath") == "yes"));
        Assert.Equal(new[] { "ProductFiles", "HandlerFiles", "Registration" },
            include.Root!.Element(w + "Fragment")!.Elements(w + "ComponentGroup").Select(g => (string?)g.Attribute("Id")));
    }

    [Fact]
    public void The_registry_values_are_the_registration_definition()
    {
        var include = WixInclude.Build(InstallScope.PerMachine, "0.1.0", Array.Empty<string>());
        var values = include.Descendants(WixInclude.Wix + "RegistryValue")
            .Select(v => ((string)v.Attribute("Root")!, (string)v.Attribute("Key")!, (string?)v.Attribute("Name"), (string)v.Attribute("Value")!));
        var expected = ProductRegistration.Entries(InstallScope.PerMachine, new MsiInstallLocation())
            .Where(e => e.Part != RegistrationPart.Autostart).Select(e => ("HKLM", e.Key, e.Name, e.Value));
        Assert.Equal(expected, values);
        Assert.DoesNotContain(values, v => v.Item2 == AutostartEntry.RunKey);
    }

    private static Dictionary<string, string> ComponentGuids(InstallScope scope, string version) =>
        WixInclude.Build(scope, version, new[] { "AltIdShell.Tray.exe", "AltIdShell.ContextMenu.dll" }).Descendants(WixInclude.Wix + "Component")
            .ToDictionary(c => (string)c.Attribute("Id")!, c => (string)c.Attribute("Guid")!);

    [Fact]
    public void Component_guids_change_with_the_package_and_only_the_handler_folders_with_the_version()
    {
        var first = ComponentGuids(InstallScope.PerUser, "0.1.0");
        Assert.Equal(first, ComponentGuids(InstallScope.PerUser, "0.1.0"));
        Assert.All(first.Values, g => Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$", g));
        Assert.Equal(first.Count, first.Values.Distinct().Count());
        Assert.Empty(first.Values.Intersect(ComponentGuids(InstallScope.PerMachine, "0.1.0").Values));
        // Resources that stay where they are keep their component from version to version; the handler's DLL moves.
        var next = ComponentGuids(InstallScope.PerUser, "0.1.1");
        Assert.Equal(new[] { WixIds.FileComponent("AltIdShell.ContextMenu.dll") }, first.Keys.Where(id => first[id] != next[id]));
    }

    [Fact]
    public void The_include_defines_what_the_authored_source_takes_from_the_registration_definition()
    {
        var defines = WixInclude.Build(InstallScope.PerUser, "0.1.0", Array.Empty<string>()).Root!.Nodes().OfType<XProcessingInstruction>()
            .Where(p => p.Target == "define").Select(p => p.Data).ToList();
        Assert.Contains($"TrayPathKey = \"{ProductRegistration.ClsidKey}\"", defines);
        Assert.Contains($"TrayPathName = \"{ProductIdentity.TrayPathValueName}\"", defines);
        Assert.Contains($"RunKey = \"{AutostartEntry.RunKey}\"", defines);
        Assert.Contains($"RunValueName = \"{ProductIdentity.RunValueName}\"", defines);
        Assert.Contains($"UserStateKey = \"{TrayStartRecord.Key}\"", defines);
        Assert.Contains($"BackgroundOption = \"{LaunchParser.BackgroundOption}\"", defines);
        Assert.Contains($"ProductDescription = \"{MenuText.LabelInBothLanguages}\"", defines);
        Assert.Contains($"HandlersFolderName = \"{ProductIdentity.HandlersFolderName}\"", defines);
        foreach (var id in WixInclude.AuthoredComponents)
        {
            var version = WixInclude.VersionedAuthoredComponents.Contains(id) ? "0.1.0" : null;
            Assert.Contains($"Guid_{id} = \"{ComponentGuid.For(InstallScope.PerUser, id, version)}\"", defines);
        }
    }

    [Fact]
    public void Every_component_the_wxs_authors_takes_its_guid_from_the_include()
    {
        var wxs = XDocument.Load(Path.Combine(Fixtures.RepositoryRoot, "setup", "AltIdShell.wxs"));
        var components = wxs.Descendants(WixInclude.Wix + "Component").ToList();
        Assert.All(components, c => Assert.Equal($"$(var.Guid_{(string)c.Attribute("Id")!})", (string?)c.Attribute("Guid")));
        Assert.Equal(WixInclude.AuthoredComponents.OrderBy(i => i), components.Select(c => (string)c.Attribute("Id")!).Distinct().OrderBy(i => i));
    }

    [Theory]
    [InlineData(InstallScope.PerUser, "=-PATH")]
    [InlineData(InstallScope.PerMachine, "=-*PATH")]
    public void The_install_folder_goes_last_on_the_scopes_path_with_the_cli_and_comes_off_on_uninstall(InstallScope scope, string name)
    {
        var lines = PathEntry.Table(scope).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "Environment\tName\tValue\tComponent_", "s72\tl255\tL255\ts72", "Environment\tEnvironment" }, lines[..3]);
        Assert.Equal($"CliFolderOnPath\t{name}\t[~];[INSTALLFOLDER]\tC_altid_export.exe", lines.Single(l => l.StartsWith("CliFolderOnPath\t", StringComparison.Ordinal)));
        Assert.Equal("INSTALLFOLDER", InstallLayout.DirectoryOf(PathEntry.CliFileName));
    }

    [Fact]
    public void The_environment_actions_join_the_sequence_once_in_their_standard_places()
    {
        const string exported = "Action\tCondition\tSequence\r\ns72\tS255\tI2\r\nInstallExecuteSequence\tAction\r\nInstallFinalize\t\t6600\r\n";
        var once = PathEntry.WithActions(exported);
        Assert.Equal(exported + "RemoveEnvironmentStrings\t\t3300\r\nWriteEnvironmentStrings\t\t5200\r\n", once);
        Assert.Equal(once, PathEntry.WithActions(once));
    }

    [Fact]
    public void A_reg_file_writes_every_entry_with_escaped_paths()
    {
        var entries = ProductRegistration.Entries(InstallScope.PerUser, new InstallFolder(@"C:\Users\Søren\AltIdShell dev"));
        var text = RegFile.Register(entries);
        Assert.StartsWith("Windows Registry Editor Version 5.00\r\n", text);
        Assert.Contains("[HKEY_CURRENT_USER\\Software\\Classes\\CLSID\\{6A0F3C1E-5B7D-4C8A-9E21-3D4B5A6C7E8F}\\InprocServer32]\r\n@=\"mscoree.dll\"\r\n", text);
        Assert.Contains("\"CodeBase\"=\"file:///C:/Users/Søren/AltIdShell dev/AltIdShell.ContextMenu.dll\"", text);
        Assert.Contains("\"AltIdShell\"=\"\\\"C:\\\\Users\\\\Søren\\\\AltIdShell dev\\\\AltIdShell.Tray.exe\\\" " + LaunchParser.BackgroundOption + "\"", text);
        Assert.Contains("\"URL Protocol\"=\"\"", text);
        Assert.Equal(entries.Count, text.Split("\r\n").Count(l => l.StartsWith('@') || l.StartsWith('"')));
    }

    [Fact]
    public void The_unregister_file_deletes_our_keys_and_only_our_run_value()
    {
        var entries = ProductRegistration.Entries(InstallScope.PerUser, new InstallFolder(@"C:\dev"));
        var text = RegFile.Unregister(entries, ProductRegistration.OwnedKeys());
        foreach (var key in ProductRegistration.OwnedKeys())
            Assert.Contains($"[-HKEY_CURRENT_USER\\{key}]", text);
        Assert.Contains("[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n\"AltIdShell\"=-", text);
        Assert.DoesNotContain("[-HKEY_CURRENT_USER\\Software\\Microsoft", text);
    }
}

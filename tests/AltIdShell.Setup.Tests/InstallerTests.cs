using System.Reflection;
using AltIdShell.Desktop.Autostart;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Setup.Generator;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Setup.Tests;

[Trait("Category", LinuxTools.Trait)]
public class InstallerTests : IClassFixture<BuiltInstallers>
{
    private const int Component64Bit = 256;      // msidbComponentAttributes64bit
    private const int ComponentRegistryKeyPath = 4;
    private const string BookkeepingKey = WixInclude.PerUserKeyPathKey;
    private readonly BuiltInstallers _msi;

    public InstallerTests(BuiltInstallers msi) => _msi = msi;

    public static TheoryData<InstallScope> Scopes => new() { InstallScope.PerUser, InstallScope.PerMachine };

    private static string RootNumber(InstallScope scope) => scope == InstallScope.PerUser ? "1" : "2";

    private static (string Root, string Key, string Name, string Value) Row(IReadOnlyDictionary<string, string> r) =>
        (r["Root"], r["Key"], r["Name"], r["Value"]);

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_registry_table_writes_exactly_the_registration_definition(InstallScope scope)
    {
        var expected = ProductRegistration.Entries(scope, new MsiInstallLocation()).Where(e => e.Part != RegistrationPart.Autostart)
            .Select(e => (RootNumber(scope), e.Key, e.Name ?? "", e.Value)).OrderBy(r => r).ToList();
        var actual = _msi.Table(scope, "Registry").Rows.Select(Row)
            .Where(r => r.Key != BookkeepingKey).OrderBy(r => r).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_per_machine_package_writes_the_same_under_hklm()
    {
        var perUser = _msi.Table(InstallScope.PerUser, "Registry").Rows.Select(Row).Where(r => r.Key != BookkeepingKey).ToList();
        var perMachine = _msi.Table(InstallScope.PerMachine, "Registry").Rows.Select(Row).Where(r => r.Key != BookkeepingKey).ToList();
        Assert.All(perUser, r => Assert.Equal("1", r.Root));
        Assert.All(perMachine, r => Assert.Equal("2", r.Root));
        Assert.Equal(perUser.Select(r => (r.Key, r.Name, r.Value)).OrderBy(r => r), perMachine.Select(r => (r.Key, r.Name, r.Value)).OrderBy(r => r));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Installer_bookkeeping_lives_only_under_hkcu_software_altidshell(InstallScope scope)
    {
        var bookkeeping = _msi.Table(scope, "Registry").Rows.Select(Row).Where(r => r.Key == BookkeepingKey).ToList();
        Assert.Contains(bookkeeping, r => r.Name == "StartMenuShortcut");
        Assert.All(bookkeeping, r => Assert.Equal("1", r.Root));
        Assert.Equal(scope == InstallScope.PerUser, bookkeeping.Count > 1);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Every_component_is_64_bit(InstallScope scope)
    {
        var components = _msi.Table(scope, "Component").Rows;
        var registry = _msi.Table(scope, "Registry").Rows;
        var classes = registry.Where(r => r["Key"].StartsWith(@"Software\Classes\", StringComparison.Ordinal)).Select(r => r["Component_"]).ToHashSet();
        Assert.NotEmpty(classes);
        Assert.All(components, c => Assert.True((int.Parse(c["Attributes"]) & Component64Bit) != 0, c["Component"] + " is 32-bit"));
        Assert.All(classes, id => Assert.Contains(components, c => c["Component"] == id));
    }

    [Fact]
    public void Per_user_components_keep_an_hkcu_registry_key_path()
    {
        var registry = _msi.Table(InstallScope.PerUser, "Registry").Rows.ToDictionary(r => r["Registry"]);
        Assert.All(_msi.Table(InstallScope.PerUser, "Component").Rows, c =>
        {
            Assert.True((int.Parse(c["Attributes"]) & ComponentRegistryKeyPath) != 0, c["Component"]);
            Assert.Equal("1", registry[c["KeyPath"]]["Root"]);
        });
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_com_registration_names_the_built_handler_dll(InstallScope scope)
    {
        string Value(string name) => _msi.Table(scope, "Registry").Rows
            .Single(r => r["Key"] == ProductRegistration.InprocServerKey && r["Name"] == name)["Value"];

        var built = AssemblyName.GetAssemblyName(Path.Combine(_msi.Staging, ContextMenuHandlerIdentity.FileName));
        Assert.Equal(built.FullName, Value("Assembly"));
        Assert.Equal(ContextMenuHandlerIdentity.ClassName, Value("Class"));
        Assert.Equal("v4.0.30319", Value("RuntimeVersion"));
        Assert.Contains(ProductIdentity.ContextMenuClsid.ToString("B").ToUpperInvariant(), ProductRegistration.InprocServerKey);

        var codeBase = Value("CodeBase");
        Assert.StartsWith("file:///[#", codeBase);
        var fileKey = codeBase["file:///[#".Length..^1];
        var file = _msi.Table(scope, "File").Rows.Single(f => f["File"] == fileKey);
        Assert.Equal(ContextMenuHandlerIdentity.FileName, file["FileName"]);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_file_table_holds_exactly_the_staged_files(InstallScope scope)
    {
        var staged = Directory.GetFiles(_msi.Staging).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        var files = _msi.Table(scope, "File").Rows.Select(f => f["FileName"]).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(staged, files);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Msiextract_yields_exactly_the_built_binaries(InstallScope scope)
    {
        var into = _msi.TempFolder("extracted-" + scope);
        var extracted = _msi.Extract(scope, into);
        var folder = scope == InstallScope.PerUser ? Path.Combine("Programs", "AltIdShell") : "AltIdShell";
        var version = _msi.Table(scope, "Property").Rows.Single(p => p["Property"] == "ProductVersion")["Value"];
        string Installed(string name) => Path.Combine(folder, InstallLayout.RelativePath(name, version).Replace('\\', Path.DirectorySeparatorChar));
        Assert.Equal(Directory.GetFiles(_msi.Staging).Select(f => Installed(Path.GetFileName(f))).Order(StringComparer.Ordinal),
            extracted.Order(StringComparer.Ordinal));

        var release = Path.Combine(Fixtures.RepositoryRoot, "src", "{0}", "bin", _msi.Configuration, "net48");
        var expected = new Dictionary<string, string>
        {
            ["AltIdShell.ContextMenu.dll"] = Path.Combine(string.Format(release, "AltIdShell.ContextMenu"), "AltIdShell.ContextMenu.dll"),
            ["AltIdShell.Tray.exe"] = Path.Combine(string.Format(release, "AltIdShell.Tray"), "AltIdShell.Tray.exe"),
            ["altid-export.exe"] = Path.Combine(string.Format(release, "AltIdShell.Cli"), "altid-export.exe"),
            ["AltIdShell.Core.dll"] = Path.Combine(string.Format(release, "AltIdShell.Tray"), "AltIdShell.Core.dll"),
            ["LICENSE.txt"] = Path.Combine(Fixtures.RepositoryRoot, "LICENSE"),
            ["AltIdShell.ico"] = Path.Combine(Fixtures.RepositoryRoot, "setup", "assets", "AltIdShell.ico"),
        };
        foreach (var (name, source) in expected)
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(into, Installed(name))));
        Assert.DoesNotContain(extracted, n => n.EndsWith(".pdb", StringComparison.Ordinal));
    }

    private string FolderPath(InstallScope scope, string id, string root)
    {
        var directories = _msi.Table(scope, "Directory").Rows.ToDictionary(d => d["Directory"]);
        var names = new List<string>();
        for (; id != root; id = directories[id]["Directory_Parent"])
            names.Insert(0, directories[id]["DefaultDir"]);
        return string.Join("|", names);
    }

    [Theory]
    [InlineData(InstallScope.PerUser, "LocalAppDataFolder", "Programs|AltIdShell")]
    [InlineData(InstallScope.PerMachine, "ProgramFiles64Folder", "AltIdShell")]
    public void Everything_installs_into_one_version_independent_folder_but_the_handler_into_its_versions(InstallScope scope, string root, string path)
    {
        var version = _msi.Table(scope, "Property").Rows.Single(p => p["Property"] == "ProductVersion")["Value"];
        Assert.Equal(path, FolderPath(scope, "INSTALLFOLDER", root));
        Assert.Equal(path + "|handler|" + version, FolderPath(scope, "HANDLERFOLDER", root));

        var components = _msi.Table(scope, "Component").Rows.ToDictionary(c => c["Component"]);
        var folders = _msi.Table(scope, "File").Rows.ToDictionary(f => f["FileName"], f => components[f["Component_"]]["Directory_"]);
        Assert.Equal("HANDLERFOLDER", folders[ContextMenuHandlerIdentity.FileName]);
        Assert.All(folders.Where(f => f.Key != ContextMenuHandlerIdentity.FileName), f => Assert.Equal("INSTALLFOLDER", f.Value));
        Assert.Equal(new[] { ContextMenuHandlerIdentity.FileName }, folders.Keys.Where(InstallLayout.IsVersioned));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_install_folder_goes_on_the_scopes_path_with_the_cli_and_comes_off_on_uninstall(InstallScope scope)
    {
        var entry = _msi.Table(scope, "Environment").Rows.Single();
        Assert.Equal(scope == InstallScope.PerUser ? "=-PATH" : "=-*PATH", entry["Name"]); // '*': the system's PATH
        Assert.Equal("[~];[INSTALLFOLDER]", entry["Value"]);
        var cli = _msi.Table(scope, "File").Rows.Single(f => f["FileName"] == PathEntry.CliFileName);
        Assert.Equal(cli["Component_"], entry["Component_"]);

        var sequence = Sequence(_msi, scope);
        Assert.Equal(3300, Step(sequence, "RemoveEnvironmentStrings"));
        Assert.Equal(5200, Step(sequence, "WriteEnvironmentStrings"));
        Assert.True(Step(sequence, "InstallInitialize") < Step(sequence, "RemoveEnvironmentStrings"));
        Assert.True(Step(sequence, "WriteEnvironmentStrings") < Step(sequence, "InstallFinalize"));
    }

    [Fact]
    public void Nothing_touches_the_users_recent_list_folder()
    {
        // %LOCALAPPDATA%\AltIdShell holds the recent exports; the per-user install lives in %LOCALAPPDATA%\Programs\AltIdShell.
        var directories = _msi.Table(InstallScope.PerUser, "Directory").Rows;
        Assert.DoesNotContain(directories, d => d["Directory_Parent"] == "LocalAppDataFolder" && d["DefaultDir"].EndsWith(ProductIdentity.LocalAppDataFolder, StringComparison.Ordinal));
        var removed = _msi.Table(InstallScope.PerUser, "RemoveFile").Rows.Select(r => r["DirProperty"]).OrderBy(d => d);
        Assert.Equal(new[] { "HANDLERFOLDER", "HandlersFolder", "INSTALLFOLDER", "UserProgramsFolder" }, removed);
        Assert.All(_msi.Table(InstallScope.PerUser, "RemoveFile").Rows, r => Assert.Equal("", r["FileName"]));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_start_menu_shortcut_starts_the_tray(InstallScope scope)
    {
        var shortcut = _msi.Table(scope, "Shortcut").Rows.Single();
        Assert.Equal("ProgramMenuFolder", shortcut["Directory_"]);
        Assert.Equal("AltIdShell", shortcut["Name"]);
        Assert.Equal("[#File_AltIdShell.Tray.exe]", shortcut["Target"]);
        Assert.Equal("StartMenuShortcut", shortcut["Component_"]);
        Assert.Equal("AltIdShell.ico", shortcut["Icon_"]);
        Assert.Equal(MenuText.LabelInBothLanguages, shortcut["Description"]);
        Assert.Equal(MenuText.LabelInBothLanguages, _msi.Table(scope, "Feature").Rows.Single()["Description"]);
        Assert.Contains(_msi.Table(scope, "File").Rows, f => f["File"] == "File_AltIdShell.Tray.exe" && f["FileName"] == ProductIdentity.TrayExecutableName);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_tray_starts_after_install_asynchronously_without_failing_it(InstallScope scope)
    {
        const int exeInstalledFile = 18, continueOnError = 0x40, async = 0x80, noImpersonate = 0x800;
        var action = _msi.Table(scope, "CustomAction").Rows.Single(a => a["Action"] == "StartTray");
        var type = int.Parse(action["Type"]);
        Assert.Equal(exeInstalledFile, type & 0x3F);
        Assert.Equal(continueOnError | async, type & (continueOnError | async));
        Assert.Equal(0, type & noImpersonate);
        Assert.Equal("File_AltIdShell.Tray.exe", action["Source"]);
        Assert.Equal(LaunchParser.BackgroundOption, action["Target"]);

        var sequence = _msi.Table(scope, "InstallExecuteSequence").Rows.ToDictionary(r => r["Action"]);
        Assert.True(int.Parse(sequence["StartTray"]["Sequence"]) > int.Parse(sequence["InstallFinalize"]["Sequence"]));
        Assert.Equal("NOT Installed AND UserSID <> \"S-1-5-18\"", sequence["StartTray"]["Condition"]);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void A_full_uninstall_has_the_tray_remove_the_users_package_before_the_files_go(InstallScope scope)
    {
        const int exeInstalledFile = 18, continueOnError = 0x40, async = 0x80, inScript = 0x400, noImpersonate = 0x800;
        var action = _msi.Table(scope, "CustomAction").Rows.Single(a => a["Action"] == "RemoveSparsePackage");
        var type = int.Parse(action["Type"]);
        Assert.Equal(exeInstalledFile, type & 0x3F);
        Assert.Equal(continueOnError, type & (continueOnError | async | inScript | noImpersonate));
        Assert.Equal("File_AltIdShell.Tray.exe", action["Source"]);
        Assert.True(TopLevelMenuArguments.IsRemovePackage(new[] { action["Target"] }));

        var sequence = _msi.Table(scope, "InstallExecuteSequence").Rows.ToDictionary(r => r["Action"]);
        Assert.True(int.Parse(sequence["RemoveSparsePackage"]["Sequence"]) > int.Parse(sequence["InstallInitialize"]["Sequence"]));
        Assert.True(int.Parse(sequence["RemoveSparsePackage"]["Sequence"]) < int.Parse(sequence["RemoveFiles"]["Sequence"]));
        Assert.Equal("REMOVE=\"ALL\" AND NOT UPGRADINGPRODUCTCODE AND UserSID <> \"S-1-5-18\"", sequence["RemoveSparsePackage"]["Condition"]);
    }

    [Fact]
    public void A_full_per_machine_uninstall_also_as_SYSTEM_removes_every_users_package_before_the_files_go()
    {
        const int exeInstalledFile = 18, continueOnError = 0x40, async = 0x80, inScript = 0x400, noImpersonate = 0x800;
        var action = _msi.Table(InstallScope.PerMachine, "CustomAction").Rows.Single(a => a["Action"] == "RemoveSparsePackageForAllUsers");
        var type = int.Parse(action["Type"]);
        Assert.Equal(exeInstalledFile, type & 0x3F);
        Assert.Equal(continueOnError | inScript | noImpersonate, type & (continueOnError | async | inScript | noImpersonate));
        Assert.Equal("File_AltIdShell.Tray.exe", action["Source"]);
        Assert.True(TopLevelMenuArguments.RemovesForAllUsers(action["Target"].Split(' ')));

        var sequence = _msi.Table(InstallScope.PerMachine, "InstallExecuteSequence").Rows.ToDictionary(r => r["Action"]);
        Assert.True(int.Parse(sequence["RemoveSparsePackageForAllUsers"]["Sequence"]) > int.Parse(sequence["InstallInitialize"]["Sequence"]));
        Assert.True(int.Parse(sequence["RemoveSparsePackageForAllUsers"]["Sequence"]) < int.Parse(sequence["RemoveFiles"]["Sequence"]));
        Assert.Equal("REMOVE=\"ALL\" AND NOT UPGRADINGPRODUCTCODE", sequence["RemoveSparsePackageForAllUsers"]["Condition"]);
        Assert.DoesNotContain(_msi.Table(InstallScope.PerUser, "CustomAction").Rows, a => a["Action"] == "RemoveSparsePackageForAllUsers");
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Both_packages_ship_the_Windows_11_package_of_their_version(InstallScope scope)
    {
        var into = _msi.TempFolder("msix-" + scope);
        var package = _msi.Extract(scope, into).Single(f => Path.GetFileName(f) == SparsePackageIdentity.FileName);
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(into, package));
        using var manifest = zip.GetEntry("AppxManifest.xml")!.Open();
        var identity = System.Xml.Linq.XDocument.Load(manifest).Root!.Elements().Single(e => e.Name.LocalName == "Identity");
        var version = _msi.Table(scope, "Property").Rows.Single(p => p["Property"] == "ProductVersion")["Value"];
        Assert.Equal(SparsePackageIdentity.PackageVersion(version), (string?)identity.Attribute("Version"));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Installing_needs_dotnet_framework_48(InstallScope scope)
    {
        var search = _msi.Table(scope, "AppSearch").Rows.Single(s => s["Property"] == "NETFRAMEWORK48RELEASE");
        var locator = _msi.Table(scope, "RegLocator").Rows.Single(l => l["Signature_"] == search["Signature_"]);
        Assert.Equal("2", locator["Root"]);
        Assert.Equal(@"SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full", locator["Key"]);
        Assert.Equal("Release", locator["Name"]);
        Assert.Equal("18", locator["Type"]); // raw, 64-bit view
        var condition = _msi.Table(scope, "LaunchCondition").Rows.Single(c => c["Condition"].Contains("NETFRAMEWORK48RELEASE"));
        Assert.Equal("Installed OR NETFRAMEWORK48RELEASE >= \"#528040\"", condition["Condition"]);
        Assert.Contains(".NET Framework 4.8", condition["Description"]);
        Assert.Contains("kræver", condition["Description"]);
    }

    [Fact]
    public void The_per_user_package_needs_no_administrator_and_refuses_allusers()
    {
        Assert.Contains("Source: 10 ", _msi.SummaryInformation(InstallScope.PerUser)); // compressed | elevation not required
        Assert.DoesNotContain(_msi.Table(InstallScope.PerUser, "Property").Rows, p => p["Property"] == "ALLUSERS");
        Assert.Contains(_msi.Table(InstallScope.PerUser, "LaunchCondition").Rows, c => c["Condition"] == "Installed OR NOT ALLUSERS");
    }

    [Fact]
    public void The_per_machine_package_installs_for_all_users()
    {
        Assert.Contains("Source: 2 ", _msi.SummaryInformation(InstallScope.PerMachine));
        Assert.Contains(_msi.Table(InstallScope.PerMachine, "Property").Rows, p => p["Property"] == "ALLUSERS" && p["Value"] == "1");
        Assert.DoesNotContain(_msi.Table(InstallScope.PerMachine, "LaunchCondition").Rows, c => c["Condition"].Contains("ALLUSERS"));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Upgrades_replace_the_previous_version_without_closing_explorer(InstallScope scope)
    {
        var upgrade = _msi.Table(scope, "Upgrade").Rows;
        Assert.Contains(upgrade, u => u["ActionProperty"] == "WIX_UPGRADE_DETECTED");
        // The old version goes whole before anything of the new one is written into the same folder (docs/installer.md).
        var sequence = Sequence(_msi, scope);
        Assert.True(Step(sequence, "RemoveExistingProducts") > Step(sequence, "InstallValidate"));
        Assert.True(Step(sequence, "RemoveExistingProducts") < Step(sequence, "ProcessComponents"));
        Assert.Contains(_msi.Table(scope, "Property").Rows, p => p["Property"] == "MSIRESTARTMANAGERCONTROL" && p["Value"] == "DisableShutdown");
        var codes = new[] { InstallScope.PerUser, InstallScope.PerMachine }.Select(s => _msi.Table(s, "Property").Rows.Single(p => p["Property"] == "UpgradeCode")["Value"]);
        Assert.Equal(2, codes.Distinct().Count());
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Sequence(BuiltInstallers msi, InstallScope scope) =>
        msi.Table(scope, "InstallExecuteSequence").Rows.ToDictionary(r => r["Action"]);

    private static int Step(Dictionary<string, IReadOnlyDictionary<string, string>> sequence, string action) =>
        int.Parse(sequence[action]["Sequence"]);

    private const int ExeFromProperty = 50, SetProperty = 51, ContinueOnError = 0x40, Async = 0x80;

    [Theory]
    [MemberData(nameof(Scopes))]
    public void No_package_writes_a_run_value_and_a_real_uninstall_deletes_it_for_the_user(InstallScope scope)
    {
        Assert.DoesNotContain(_msi.Table(scope, "Registry").Rows, r => r["Key"] == AutostartEntry.RunKey);
        Assert.Equal(new[] { "Main" }, _msi.Table(scope, "Feature").Rows.Select(f => f["Feature"]));

        var actions = _msi.Table(scope, "CustomAction").Rows.ToDictionary(a => a["Action"]);
        Assert.Equal(SetProperty, int.Parse(actions["FindReg"]["Type"]) & 0x3F);
        Assert.Equal("REGEXE", actions["FindReg"]["Source"]);
        Assert.Equal("[System64Folder]reg.exe", actions["FindReg"]["Target"]);
        var run = ProductRegistration.Entries(scope, new MsiInstallLocation()).Single(e => e.Part == RegistrationPart.Autostart);
        var deletes = new Dictionary<string, string>
        {
            ["ForgetAutostart"] = $"delete \"HKCU\\{run.Key}\" /v {run.Name} /f",
            ["ForgetTrayRecord"] = $"delete \"HKCU\\{TrayStartRecord.Key}\" /f",
        };
        foreach (var (id, target) in deletes)
        {
            Assert.Equal(ExeFromProperty | ContinueOnError, int.Parse(actions[id]["Type"]) & (0x3F | ContinueOnError | Async));
            Assert.Equal("REGEXE", actions[id]["Source"]);
            Assert.Equal(target, actions[id]["Target"]);
        }

        // Not when an upgrade removes the old version: Windows sets UPGRADINGPRODUCTCODE in that removal.
        var sequence = Sequence(_msi, scope);
        var order = new[] { "InstallFinalize", "FindReg", "ForgetAutostart", "ForgetTrayRecord" }.Select(a => Step(sequence, a)).ToList();
        Assert.Equal(order.OrderBy(s => s), order);
        Assert.All(new[] { "FindReg", "ForgetAutostart", "ForgetTrayRecord" },
            a => Assert.Equal("REMOVE~=\"ALL\" AND NOT UPGRADINGPRODUCTCODE", sequence[a]["Condition"]));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_installed_versions_tray_is_asked_to_exit_before_an_upgrade_or_uninstall(InstallScope scope)
    {
        var action = _msi.Table(scope, "CustomAction").Rows.Single(a => a["Action"] == "CloseTray");
        // Synchronous (no async bit): the tray has exited, and let its files go, before the installer goes on.
        Assert.Equal(ExeFromProperty | ContinueOnError, int.Parse(action["Type"]) & (0x3F | ContinueOnError | Async));
        Assert.Equal("INSTALLEDTRAY", action["Source"]);
        Assert.Equal("--exit", action["Target"]);

        var search = _msi.Table(scope, "AppSearch").Rows.Single(s => s["Property"] == "INSTALLEDTRAY");
        var locator = _msi.Table(scope, "RegLocator").Rows.Single(l => l["Signature_"] == search["Signature_"]);
        Assert.Equal((RootNumber(scope), ProductRegistration.ClsidKey, ProductIdentity.TrayPathValueName, "18"),
            (locator["Root"], locator["Key"], locator["Name"], locator["Type"])); // raw, 64-bit view
        Assert.Contains(_msi.Table(scope, "Registry").Rows,
            r => r["Key"] == ProductRegistration.ClsidKey && r["Name"] == ProductIdentity.TrayPathValueName && r["Value"] == "[#File_AltIdShell.Tray.exe]");

        var sequence = Sequence(_msi, scope);
        Assert.Equal("INSTALLEDTRAY AND (WIX_UPGRADE_DETECTED OR REMOVE~=\"ALL\")", sequence["CloseTray"]["Condition"]);
        Assert.True(Step(sequence, "CloseTray") > Step(sequence, "AppSearch"));
        Assert.True(Step(sequence, "CloseTray") > Step(sequence, "FindRelatedProducts"));
        Assert.True(Step(sequence, "CloseTray") < Step(sequence, "InstallValidate")); // before the files-in-use check
        Assert.True(Step(sequence, "CloseTray") < Step(sequence, "RemoveExistingProducts"));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Each_package_refuses_while_the_other_is_installed(InstallScope scope)
    {
        var search = _msi.Table(scope, "AppSearch").Rows.Single(s => s["Property"] == "OTHERSCOPETRAY");
        var locator = _msi.Table(scope, "RegLocator").Rows.Single(l => l["Signature_"] == search["Signature_"]);
        var other = scope == InstallScope.PerUser ? InstallScope.PerMachine : InstallScope.PerUser;
        Assert.Equal((RootNumber(other), ProductRegistration.ClsidKey, ProductIdentity.TrayPathValueName, "18"),
            (locator["Root"], locator["Key"], locator["Name"], locator["Type"]));
        var condition = _msi.Table(scope, "LaunchCondition").Rows.Single(c => c["Condition"] == "Installed OR NOT OTHERSCOPETRAY");
        Assert.Contains("AltIdShell er allerede installeret for", condition["Description"]);
        Assert.Contains("AltIdShell is already installed for", condition["Description"]);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void A_rebuild_of_the_same_version_replaces_the_installed_one(InstallScope scope)
    {
        const int maxInclusive = 0x200, migrateFeatures = 1, onlyDetect = 2, minInclusive = 0x100;
        var version = _msi.Table(scope, "Property").Rows.Single(p => p["Property"] == "ProductVersion")["Value"];
        var rows = _msi.Table(scope, "Upgrade").Rows.ToDictionary(u => u["ActionProperty"]);
        Assert.Equal(("", version, maxInclusive | migrateFeatures), (rows["WIX_UPGRADE_DETECTED"]["VersionMin"], rows["WIX_UPGRADE_DETECTED"]["VersionMax"], int.Parse(rows["WIX_UPGRADE_DETECTED"]["Attributes"])));
        // The same version is not a downgrade: the detection of newer versions keeps its minimum exclusive.
        Assert.Equal((version, onlyDetect), (rows["WIX_DOWNGRADE_DETECTED"]["VersionMin"], int.Parse(rows["WIX_DOWNGRADE_DETECTED"]["Attributes"]) & (onlyDetect | minInclusive)));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Component_guids_are_the_generators_and_only_the_handler_folders_derive_from_the_version(InstallScope scope)
    {
        var version = _msi.Table(scope, "Property").Rows.Single(p => p["Property"] == "ProductVersion")["Value"];
        Assert.All(_msi.Table(scope, "Component").Rows, c => Assert.Equal(
            "{" + ComponentGuid.For(scope, c["Component"], c["Directory_"] == "HANDLERFOLDER" ? version : null) + "}", c["ComponentId"]));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Apps_offers_no_modify(InstallScope scope) =>
        Assert.Contains(_msi.Table(scope, "Property").Rows, p => p["Property"] == "ARPNOMODIFY" && p["Value"] == "1");

    [Fact]
    public void The_per_machine_package_removes_its_folders_in_program_files()
    {
        const string uninstall = "2";
        var removed = _msi.Table(InstallScope.PerMachine, "RemoveFile").Rows;
        Assert.Equal(new[] { ("HANDLERFOLDER", uninstall), ("HandlersFolder", uninstall), ("INSTALLFOLDER", uninstall) },
            removed.Select(r => (r["DirProperty"], r["InstallMode"])).OrderBy(r => r.Item1));
        var components = _msi.Table(InstallScope.PerMachine, "Component").Rows.ToDictionary(c => c["Component"]);
        Assert.All(removed, r => Assert.Equal("", components[r["Component_"]]["KeyPath"])); // the folder is the key path
    }
}

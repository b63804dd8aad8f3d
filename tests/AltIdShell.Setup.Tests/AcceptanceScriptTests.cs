using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Language;
using AltIdShell.Core.Certificates;
using AltIdShell.Desktop.Notifications;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.Tray;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Setup.Tests;

/// <summary>
/// tests/windows/acceptance.ps1, the first Windows run in one command: parsed by PowerShell's own parser, its
/// constants compared with the product's, and its platform-neutral functions run in a PowerShell runspace here.
/// </summary>
public class AcceptanceScriptTests
{
    private static readonly string ScriptPath = Path.Combine(Fixtures.RepositoryRoot, "tests", "windows", "acceptance.ps1");
    private static readonly ScriptBlockAst Script = Parse();

    private static ScriptBlockAst Parse()
    {
        var ast = Parser.ParseFile(ScriptPath, out _, out var errors);
        Assert.Empty(errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}"));
        return ast;
    }

    private static string Constant(string name)
    {
        var assignment = Script.EndBlock.Statements.OfType<AssignmentStatementAst>()
            .Single(a => a.Left is VariableExpressionAst v && v.VariablePath.UserPath == name);
        return assignment.Extent.Text;
    }

    /// <summary>Runs the script's own definitions of these functions, then <paramref name="call"/>.</summary>
    private static IReadOnlyList<object?> Run(string call, string[] functions, params string[] constants)
    {
        var definitions = Script.FindAll(a => a is FunctionDefinitionAst f && functions.Contains(f.Name), searchNestedScriptBlocks: false)
            .Select(a => a.Extent.Text).ToList();
        Assert.Equal(functions.Length, definitions.Count);
        using var shell = Shell();
        shell.AddScript(string.Join("\n", constants.Select(Constant).Concat(definitions).Append(call)));
        var output = shell.Invoke();
        Assert.Empty(shell.Streams.Error.Select(e => e.ToString()));
        return output.Select(o => o?.BaseObject).ToList();
    }

    /// <summary>The language and PowerShell's core commands only: the Windows modules (and the console host) are not here.</summary>
    private static PowerShell Shell() => PowerShell.Create(System.Management.Automation.Runspaces.InitialSessionState.CreateDefault2());

    [Fact]
    public void It_parses_and_takes_the_MSIs_a_certificate_to_trust_an_output_folder_and_a_work_folder()
    {
        var parameters = Script.ParamBlock!.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath);
        Assert.Equal(new[] { "Msi", "OutputFolder", "TrustCertificate", "UpgradeMsi", "WorkFolder" }, parameters.Keys.OrderBy(k => k, StringComparer.Ordinal));
        // The release workflow collects its JUnit XML from here.
        Assert.Contains(@"'artifacts\test-results'", parameters["OutputFolder"].DefaultValue!.Extent.Text, StringComparison.Ordinal);
        Assert.Contains(parameters["Msi"].Attributes.OfType<AttributeAst>(), a => a.NamedArguments.Any(n => n.ArgumentName == "Mandatory"));
    }

    [Fact]
    public void It_is_saved_with_a_byte_order_mark_so_Windows_PowerShell_reads_its_Danish_as_UTF8() =>
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(ScriptPath)[..3]);

    [Fact]
    public void Its_names_are_the_products()
    {
        Assert.Equal($"$Clsid = '{ProductRegistration.ClsidText}'", Constant("Clsid"));
        Assert.Equal($"$AppUserModelId = '{ProductIdentity.AppUserModelId}'", Constant("AppUserModelId"));
        var titles = Run("$PasswordTitles", Array.Empty<string>(), "PasswordTitles");
        Assert.Equal(new[] { TrayText.PasswordDialog.Title.Danish, TrayText.PasswordDialog.Title.English }, titles);
        var labels = new[] { MenuText.Label(new CultureInfo("da-DK")), MenuText.Label(new CultureInfo("en-US")) };
        Assert.Equal(labels, Run("$MenuLabels", Array.Empty<string>(), "MenuLabels"));
        // UI Automation names a button without its access key's ampersand.
        var export = new[] { TrayText.PasswordDialog.Export.Danish.Replace("&", ""), TrayText.PasswordDialog.Export.English.Replace("&", "") };
        Assert.Equal(export, Run("$ExportButtonLabels", Array.Empty<string>(), "ExportButtonLabels"));
        Assert.Equal($"$PackageName = '{SparsePackageIdentity.Name}'", Constant("PackageName"));
        Assert.Equal($"$PackageApplicationId = '{SparsePackageIdentity.ApplicationId}'", Constant("PackageApplicationId"));
        Assert.Equal($@"$SettingsKey = 'HKCU:\{ProductIdentity.SettingsKey}'", Constant("SettingsKey"));
        Assert.Equal($"$RecordValueName = '{PackageRegistrationRecord.ValueName}'", Constant("RecordValueName"));
        Assert.Equal($"$FirstWindows11Build = {TopLevelVerb.FirstWindows11Build}", Constant("FirstWindows11Build"));
    }

    [Fact]
    public void It_drives_the_real_Explorer_through_UI_Automation_and_waits_without_fixed_sleeps()
    {
        var text = File.ReadAllText(ScriptPath);
        // Shell.Application's verbs load the classic handler into PowerShell's own process, not Explorer (review W3-C4).
        Assert.DoesNotContain("Shell.Application", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DoIt()", text, StringComparison.Ordinal);
        var sleeps = Script.FindAll(a => a is CommandAst c && c.GetCommandName() == "Start-Sleep", searchNestedScriptBlocks: true).ToList();
        Assert.All(sleeps, sleep => Assert.Equal("Wait-For", Enclosing(sleep)));
        Assert.Contains("explorer.exe", text, StringComparison.Ordinal);
        Assert.Contains("InvokePattern", text, StringComparison.Ordinal);
        Assert.Contains("ValuePattern", text, StringComparison.Ordinal);
    }

    [Fact]
    public void It_checks_the_package_the_top_level_menu_the_rule_the_upgrade_and_what_uninstall_leaves()
    {
        var surfaces = Script.FindAll(a => a is CommandAst c && c.GetCommandName() is "Invoke-Check" or "Skip-Check" or "Add-Case", true)
            .Select(a => ((CommandAst)a).CommandElements[1]).OfType<StringConstantExpressionAst>().Select(s => s.Value).ToList();
        Assert.Contains(surfaces, s => s.StartsWith("Windows 11 package registered", StringComparison.Ordinal) && s.Contains("external location", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.StartsWith("Windows 11 top-level menu", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.StartsWith("password dialog reached and typed into", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.Contains("toast history", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.StartsWith("classic item under \"Show more options\" only where the rule says", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.StartsWith("after the upgrade the item is still there", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.Contains("package, PATH, Run", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, -10)] // registered after this Explorer started
    [InlineData(-120, 0)] // installed again since the registration
    public void Its_rule_for_the_classic_item_is_the_products(int installedMinutesAfter, int explorerMinutesAfter)
    {
        var registered = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var installed = registered.AddMinutes(-1 - installedMinutesAfter);
        var explorer = registered.AddMinutes(60 + explorerMinutesAfter * 10);
        const string tray = @"C:\Users\a\AppData\Local\Programs\AltIdShell\AltIdShell.Tray.exe";
        foreach (var folder in new[] { @"C:\Users\a\AppData\Local\Programs\AltIdShell", @"c:\users\a\appdata\local\programs\altidshell\", @"D:\Other" })
        {
            foreach (var build in new[] { 19045, 22631 })
            {
                var record = new PackageRegistrationRecord(registered, "0.2.0", folder).Format();
                var expected = TopLevelVerb.ReplacesClassicItem(record, tray, installed, explorer, new Version(10, 0, build));
                var call = $"Test-ClassicItemStepsAside '{record}' '{tray}' ([DateTime]::FromFileTimeUtc({installed.ToFileTimeUtc()})) ([DateTime]::FromFileTimeUtc({explorer.ToFileTimeUtc()})) {build}";
                Assert.Equal(expected, Run(call, new[] { "Test-ClassicItemStepsAside", "Read-PackageRecord" }, "FirstWindows11Build").Single());
            }
        }
    }

    [Theory]
    [InlineData("133000000000000000|0.2.0|C:\\a|b")]
    [InlineData("abc|0.2.0|C:\\a")]
    [InlineData("133000000000000000||C:\\a")]
    [InlineData("")]
    public void It_reads_the_trays_record_as_the_product_does(string value)
    {
        var product = PackageRegistrationRecord.Parse(value);
        var script = Run($"$r = Read-PackageRecord '{value}'; if ($r) {{ $r.RegisteredUtc.ToFileTimeUtc(); $r.Version; $r.ExternalFolder }}", new[] { "Read-PackageRecord" });
        if (product == null)
            Assert.Empty(script);
        else
            Assert.Equal(new object?[] { product.RegisteredUtc.ToFileTimeUtc(), product.Version, product.ExternalFolder }, script);
    }

    [Fact]
    public void It_looks_for_the_toast_under_the_packages_application()
    {
        var aumid = Run("Get-PackageAumid 'AltIdShell_abc123'", new[] { "Get-PackageAumid" }, "PackageApplicationId").Single();
        Assert.Equal("AltIdShell_abc123!" + SparsePackageIdentity.ApplicationId, aumid);
    }

    [Theory]
    [InlineData(1, "password dialog", "01-password-dialog.png")]
    [InlineData(12, "Show more options / menu", "12-show-more-options-menu.png")]
    public void It_names_screenshots_in_the_order_seen(int number, string what, string name) =>
        Assert.Equal(name, Run($"Get-ScreenshotName {number} '{what}'", new[] { "Get-ScreenshotName" }).Single());

    [Fact]
    public void It_writes_JUnit_XML_of_its_surfaces()
    {
        var xml = (string)Run("""
            $cases = @(
                [pscustomobject]@{ Surface = 'per-user MSI installs'; Result = 'passed'; Detail = 'into C:\x'; Seconds = 1.5 },
                [pscustomobject]@{ Surface = 'top-level menu'; Result = 'FAILED'; Detail = 'no item <&>'; Seconds = 2 },
                [pscustomobject]@{ Surface = 'package'; Result = 'skipped'; Detail = 'Windows build 19045'; Seconds = 0 })
            ConvertTo-JUnitXml $cases 'Windows 11 Pro 10.0.26100'
            """, new[] { "ConvertTo-JUnitXml" }).Single()!;
        var suite = System.Xml.Linq.XDocument.Parse(xml).Root!.Element("testsuite")!;
        Assert.Equal(("3", "1", "1"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("skipped")!));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(new[] { "per-user MSI installs", "top-level menu", "package" }, cases.Select(c => (string)c.Attribute("name")!));
        Assert.All(cases, c => Assert.Equal("acceptance.Windows 11 Pro 10.0.26100", (string)c.Attribute("classname")!));
        Assert.Equal("no item <&>", (string)cases[1].Element("failure")!.Attribute("message")!);
        Assert.NotNull(cases[2].Element("skipped"));
        Assert.Equal("1.5", (string)cases[0].Attribute("time")!);
    }

    private static string? Enclosing(Ast ast)
    {
        for (var parent = ast.Parent; parent != null; parent = parent.Parent)
        {
            if (parent is FunctionDefinitionAst function)
                return function.Name;
        }
        return null;
    }

    [Theory]
    [InlineData("Eksportér offentlig nøgle til AltID", true)]
    [InlineData("&Eksportér offentlig nøgle til AltID", true)]
    [InlineData("Export public key for &AltID", true)]
    [InlineData("Export public key", false)]
    [InlineData("&Open", false)]
    public void It_finds_the_menu_item_among_Explorers_verbs_with_or_without_an_access_key(string verbName, bool ours) =>
        Assert.Equal(ours, Run($"Test-MenuLabel '{verbName}'", new[] { "Test-MenuLabel" }, "MenuLabels").Single());

    [Theory]
    [InlineData("Prøve+Test(42)", "Prøve{+}Test{(}42{)}")]
    [InlineData("a^b%c~d[e]{f}", "a{^}b{%}c{~}d{[}e{]}{{}f{}}")]
    [InlineData("plain æøå", "plain æøå")]
    public void It_types_passwords_through_SendKeys_literally(string password, string keys) =>
        Assert.Equal(keys, Run($"ConvertTo-SendKeysText '{password}'", new[] { "ConvertTo-SendKeysText" }).Single());

    [Fact]
    public void It_reads_the_lines_of_the_tray_s_own_toast()
    {
        var result = new Core.Export.ExportResult(@"C:\Users\a\Testfirma.cer", Core.Export.ExportOutcome.Written,
            CertificateExporterSummary());
        var xml = ToastXml.Build(ExportNotification.For(result, CultureInfo.GetCultureInfo("da-DK"), TestZones.Danish));
        var lines = Run($"Get-ToastLines '{xml.Replace("'", "''")}'", new[] { "Get-ToastLines" });
        Assert.Contains(lines, l => ((string)l!).Contains("Testfirma ApS"));
        Assert.True(lines.Count >= 3);
    }

    [Fact]
    public void Its_p12_exports_through_the_engine_to_the_certificate_it_returns()
    {
        var folder = Directory.CreateTempSubdirectory("altidshell-acceptance-").FullName;
        try
        {
            var p12 = Path.Combine(folder, "Testfirma systemcertifikat.p12");
            var output = Run($"New-TestPkcs12 '{p12}' 'Prøve+Test(42)' 'Testfirma ApS' '12345678'", new[] { "New-TestPkcs12" });
            var der = Assert.IsType<byte[]>(Assert.Single(output));
            var exported = TestExporter.Instance.Export(new ExportCall(p12, "Prøve+Test(42)")).Exported();
            Assert.Equal(der, File.ReadAllBytes(exported.OutputPath));
            Assert.Equal("Testfirma ApS", exported.Summary.Organisation);
            Assert.Equal("12345678", exported.Summary.Cvr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }, true)]
    [InlineData(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 4 }, false)]
    [InlineData(new byte[] { 1, 2, 3 }, new byte[] { 1, 2 }, false)]
    public void It_compares_the_cer_byte_for_byte(byte[] expected, byte[] actual, bool same)
    {
        using var shell = Shell();
        var definition = Script.FindAll(a => a is FunctionDefinitionAst { Name: "Test-SameBytes" }, false).Single().Extent.Text;
        shell.AddScript(definition + "\nTest-SameBytes $args[0] $args[1]").AddArgument(expected).AddArgument(actual);
        Assert.Equal(same, shell.Invoke().Single().BaseObject);
    }

    [Fact]
    public void It_prints_one_support_table_row_per_surface_that_no_detail_can_break() =>
        Assert.Equal("| toast | Windows 11 | passed | a / b c |",
            Run("Format-SupportRow 'toast' 'Windows 11' 'passed' \"a | b`nc\"", new[] { "Format-SupportRow" }).Single());

    private static CertificateSummary CertificateExporterSummary()
    {
        var chain = CertificateFactory.Oces3System(TestClock.Now);
        var folder = Directory.CreateTempSubdirectory("altidshell-toast-").FullName;
        try
        {
            var cer = Path.Combine(folder, "a.cer");
            File.WriteAllBytes(cer, chain.Leaf.RawData);
            return TestExporter.Instance.InspectCer(cer).Summary;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

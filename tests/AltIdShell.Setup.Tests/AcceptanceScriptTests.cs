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
    public void It_parses_and_takes_the_MSI_an_upgrade_MSI_and_a_work_folder()
    {
        var parameters = Script.ParamBlock!.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath);
        Assert.Equal(new[] { "Msi", "UpgradeMsi", "WorkFolder" }, parameters.Keys.OrderBy(k => k, StringComparer.Ordinal));
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
        var xml = ToastXml.Build(ExportNotification.For(result, CultureInfo.GetCultureInfo("da-DK")));
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

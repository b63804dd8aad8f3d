using System.Management.Automation.Language;
using System.Reflection;
using System.Text;
using AltIdShell.Desktop.Autostart;
using AltIdShell.Desktop.Registration;
using AltIdShell.Shared;
using AltIdShell.TestSupport;

namespace AltIdShell.Setup.Tests;

/// <summary>The Windows-only scripts, checked with PowerShell's parser, and the generator command register-dev.ps1 runs.</summary>
public class ScriptTests
{
    private static ScriptBlockAst Parse(string relativePath)
    {
        var ast = Parser.ParseFile(Path.Combine(Fixtures.RepositoryRoot, relativePath), out _, out var errors);
        Assert.Empty(errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}"));
        return ast;
    }

    private static Dictionary<string, ParameterAst> Parameters(ScriptBlockAst script) =>
        script.ParamBlock!.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath, StringComparer.OrdinalIgnoreCase);

    private static bool IsMandatory(ParameterAst parameter) =>
        parameter.Attributes.OfType<AttributeAst>().Any(a => a.NamedArguments.Any(n => n.ArgumentName == "Mandatory"));

    [Fact]
    public void Sign_ps1_takes_a_pfx_or_a_thumbprint_and_a_timestamp_url()
    {
        var parameters = Parameters(Parse("sign.ps1"));
        Assert.Equal(new[] { "CertificatePassword", "CertificatePath", "Path", "SignTool", "Thumbprint", "TimestampUrl" },
            parameters.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.True(IsMandatory(parameters["Path"]));
        Assert.True(IsMandatory(parameters["TimestampUrl"]));
        Assert.True(IsMandatory(parameters["CertificatePath"]));
        Assert.True(IsMandatory(parameters["Thumbprint"]));
        Assert.Equal("SecureString", parameters["CertificatePassword"].StaticType.Name);
    }

    [Fact]
    public void Sign_ps1_signs_with_sha256_and_a_timestamp_then_verifies_and_stops_on_any_failure()
    {
        var text = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "sign.ps1"));
        Assert.Contains("$ErrorActionPreference = 'Stop'", text);
        Assert.Contains("'sign', '/fd', 'SHA256', '/tr', $TimestampUrl, '/td', 'SHA256'", text);
        Assert.Contains("verify /pa", text);
        Assert.Contains("Get-AuthenticodeSignature", text);
        Assert.Equal(2, text.Split("if ($LASTEXITCODE -ne 0) { throw").Length - 1); // after signing and after verifying
        Assert.Contains("if ($signature.Status -ne 'Valid') { throw", text);
    }

    [Fact]
    public void Sign_ps1_puts_no_password_on_a_command_line_but_signs_a_pfx_by_thumbprint_from_a_store_it_cleans_up()
    {
        var script = Parse("sign.ps1");
        var text = script.Extent.Text;
        // No /p for signtool, and the SecureString is never turned into plain text.
        Assert.DoesNotContain(script.FindAll(a => a is StringConstantExpressionAst, true).Cast<StringConstantExpressionAst>(),
            s => s.Value.Equals("/p", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("NetworkCredential", text);
        Assert.DoesNotContain("SecureStringToBSTR", text);
        Assert.Contains("if ($CertificatePassword) { $import.Password = $CertificatePassword }", text);
        Assert.Contains("Import-PfxCertificate @import", text);
        Assert.Contains("$signArguments += @('/sha1', $certificate.Thumbprint, '/s', 'My')", text);
        // The imported copy and its key leave the store whatever happens, and a copy that was there before stays.
        var cleanup = script.FindAll(a => a is TryStatementAst, true).Cast<TryStatementAst>().Single().Finally!.Extent.Text;
        Assert.Contains("foreach ($added in $imported)", cleanup);
        Assert.Contains("if ($added.HasPrivateKey) { Remove-Item -LiteralPath $item -DeleteKey }", cleanup);
        Assert.Contains("$imported = @($certificates | Where-Object { $before -notcontains $_.Thumbprint })", text);
    }

    [Fact]
    public void Register_dev_ps1_parses_and_offers_unregister()
    {
        var parameters = Parameters(Parse(Path.Combine("setup", "register-dev.ps1")));
        Assert.Equal("SwitchParameter", parameters["Unregister"].StaticType.Name);
        Assert.Contains("Configuration", parameters.Keys);
    }

    [Fact]
    public void Standard_user_install_ps1_takes_the_msi_and_a_work_folder_and_always_deletes_its_account()
    {
        var script = Parse(Path.Combine("tests", "windows", "standard-user-install.ps1"));
        var parameters = Parameters(script);
        Assert.Equal(new[] { "Msi", "WorkFolder" }, parameters.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.True(IsMandatory(parameters["Msi"]) && IsMandatory(parameters["WorkFolder"]));
        // The throwaway account goes whatever happened: its removal sits in a finally block.
        var cleanUp = script.FindAll(a => a is TryStatementAst, searchNestedScriptBlocks: false).Cast<TryStatementAst>().Single().Finally!;
        Assert.Contains("Remove-LocalUser", cleanUp.Extent.Text);
        Assert.Contains("Remove-CimInstance", cleanUp.Extent.Text);
        // Only in Users (S-1-5-32-545), and checked not to be in Administrators (S-1-5-32-544).
        Assert.Contains("S-1-5-32-545", script.Extent.Text);
        Assert.Contains("-match 'S-1-5-32-544'", script.Extent.Text);
    }

    [Fact]
    public void The_generator_lists_the_values_a_package_writes_once_installed_for_the_wine_check()
    {
        var configuration = typeof(ScriptTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var generator = Path.Combine(Fixtures.RepositoryRoot, "setup", "AltIdShell.Setup.Generator", "bin", configuration, "net10.0", "AltIdShell.Setup.Generator.dll");
        var folder = @"C:\Program Files\AltIdShell";
        var lines = ExternalTool.RunText("dotnet", new[] { generator, "installed", "PerMachine", folder, "0.1.0" }, Fixtures.RepositoryRoot)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split('\t')).ToList();
        var expected = ProductRegistration.Entries(InstallScope.PerMachine, new InstallFolder(folder)).Where(e => e.Part != RegistrationPart.Autostart).ToList();
        Assert.Equal(expected.Select(e => ("HKLM", e.Key, e.Name ?? "")), lines.Select(l => (l[0], l[1], l[2])));
        Assert.Contains(lines, l => l[2] == "CodeBase" && l[3] == $@"file:///{folder}\handler\0.1.0\AltIdShell.ContextMenu.dll");
        Assert.Contains(lines, l => l[2] == ProductIdentity.TrayPathValueName && l[3] == $@"{folder}\AltIdShell.Tray.exe");
    }

    [Fact]
    public void The_generator_lists_where_each_staged_file_is_installed_for_the_wine_check()
    {
        var staging = Directory.CreateTempSubdirectory("altidshell-staging-").FullName;
        try
        {
            foreach (var name in new[] { "AltIdShell.Tray.exe", "AltIdShell.ContextMenu.dll", "LICENSE.txt" })
                File.WriteAllText(Path.Combine(staging, name), "");
            var configuration = typeof(ScriptTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
            var generator = Path.Combine(Fixtures.RepositoryRoot, "setup", "AltIdShell.Setup.Generator", "bin", configuration, "net10.0", "AltIdShell.Setup.Generator.dll");
            var lines = ExternalTool.RunText("dotnet", new[] { generator, "files", "0.1.0", staging }, Fixtures.RepositoryRoot)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
            Assert.Equal(new[] { @"handler\0.1.0\AltIdShell.ContextMenu.dll", "AltIdShell.Tray.exe", "LICENSE.txt" }, lines);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    [Fact]
    public void The_generator_writes_the_reg_files_register_dev_ps1_imports()
    {
        var folder = Directory.CreateTempSubdirectory("altidshell-reg-").FullName;
        try
        {
            var configuration = typeof(ScriptTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
            var generator = Path.Combine(Fixtures.RepositoryRoot, "setup", "AltIdShell.Setup.Generator", "bin", configuration, "net10.0", "AltIdShell.Setup.Generator.dll");
            var install = @"C:\Users\Søren\src\AltIdShell\artifacts\dev\20260101-120000";
            ExternalTool.RunText("dotnet", new[] { generator, "reg", "PerUser", install, Path.Combine(folder, "r.reg"), Path.Combine(folder, "u.reg") }, folder);

            var register = File.ReadAllBytes(Path.Combine(folder, "r.reg"));
            Assert.Equal(new byte[] { 0xFF, 0xFE }, register[..2]); // UTF-16 LE with BOM, as regedit writes
            var text = Encoding.Unicode.GetString(register[2..]);
            Assert.Contains(ProductRegistration.ClsidKey, text);
            Assert.Contains("file:///C:/Users/Søren/src/AltIdShell/artifacts/dev/20260101-120000/AltIdShell.ContextMenu.dll", text);
            Assert.DoesNotContain(AutostartEntry.RunKey, text); // a development build does not start with Windows

            var unregister = Encoding.Unicode.GetString(File.ReadAllBytes(Path.Combine(folder, "u.reg"))[2..]);
            Assert.Contains($"[-HKEY_CURRENT_USER\\{ProductRegistration.ClsidKey}]", unregister);
            Assert.Contains("\"AltIdShell\"=-", unregister);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

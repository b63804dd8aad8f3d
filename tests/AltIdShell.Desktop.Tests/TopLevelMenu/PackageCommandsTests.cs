using System.Text;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.TopLevelMenu;

namespace AltIdShell.Desktop.Tests.TopLevelMenu;

public class PackageCommandsTests
{
    private const string Folder = @"C:\Users\Søren O'Brien\AppData\Local\Programs\AltIdShell\0.1.0";

    [Fact]
    public void Registering_names_the_package_and_the_install_folder_as_external_location()
    {
        var script = PackageCommands.RegisterScript(Folder + @"\AltIdShell.msix", Folder);
        Assert.Contains(@"Add-AppxPackage -Path 'C:\Users\Søren O''Brien\AppData\Local\Programs\AltIdShell\0.1.0\AltIdShell.msix'", script);
        Assert.Contains(@"-ExternalLocation 'C:\Users\Søren O''Brien\AppData\Local\Programs\AltIdShell\0.1.0'", script);
        Assert.StartsWith("$ErrorActionPreference = 'Stop';", script);
    }

    [Fact]
    public void Removing_names_the_package_by_name_and_publisher()
    {
        var script = PackageCommands.RemoveScript();
        Assert.Contains($"Get-AppxPackage -Name '{SparsePackageIdentity.Name}' -Publisher '{SparsePackageIdentity.Publisher}' | Remove-AppxPackage", script);
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("Ærø $env:X `n", "'Ærø $env:X `n'")]
    [InlineData("a\u2019b", "'a\u2019\u2019b'")]
    [InlineData("a\u2018b\u201Ac\u201Bd", "'a\u2018\u2018b\u201A\u201Ac\u201B\u201Bd'")]
    public void Quoting_leaves_nothing_for_PowerShell_to_expand_or_end(string text, string quoted) =>
        Assert.Equal(quoted, PackageCommands.Quote(text));

    [Fact]
    public void The_script_travels_as_UTF16_base64()
    {
        var arguments = PackageCommands.Arguments("Write-Output 'Ærø'");
        Assert.StartsWith("-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand ", arguments);
        var encoded = arguments.Substring(arguments.LastIndexOf(' ') + 1);
        Assert.Equal("Write-Output 'Ærø'", Encoding.Unicode.GetString(Convert.FromBase64String(encoded)));
    }
}

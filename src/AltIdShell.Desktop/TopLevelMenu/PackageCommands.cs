using System;
using System.Text;
using AltIdShell.Desktop.Registration;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// The PowerShell commands that register the sparse package for the current user with the install folder as its
/// external location, and remove it again: run in the user's own context (never the installer's SYSTEM account),
/// as Add-AppxPackage registers for the account that runs it. Passed as -EncodedCommand (UTF-16, base64), so a
/// folder with spaces, quotes or æøå survives the command line unchanged.
/// </summary>
public static class PackageCommands
{
    public const string Executable = "powershell.exe";

    public static string RegisterScript(string packagePath, string installFolder) =>
        "$ErrorActionPreference = 'Stop'; "
        + $"Add-AppxPackage -Path {Quote(packagePath)} -ExternalLocation {Quote(installFolder)} -ForceUpdateFromAnyVersion";

    public static string RemoveScript() =>
        "$ErrorActionPreference = 'Stop'; "
        + $"Get-AppxPackage -Name {Quote(SparsePackageIdentity.Name)} -Publisher {Quote(SparsePackageIdentity.Publisher)} | Remove-AppxPackage";

    public static string Arguments(string script) =>
        "-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand " + Convert.ToBase64String(Encoding.Unicode.GetBytes(script));

    /// <summary>
    /// A PowerShell single-quoted string: nothing inside is expanded; a quote is written twice. PowerShell also takes
    /// the typographic single quotes for quotes, and a folder name can hold them.
    /// </summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("'", text.Length + 2);
        foreach (var c in text)
        {
            if (SingleQuotes.IndexOf(c) >= 0)
                quoted.Append(c);
            quoted.Append(c);
        }
        return quoted.Append('\'').ToString();
    }

    private const string SingleQuotes = "'\u2018\u2019\u201A\u201B";
}

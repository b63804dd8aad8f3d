using System.Text;
using AltIdShell.Desktop.Registration;

namespace AltIdShell.Setup.Generator;

/// <summary>
/// The CLI's folder (the version-independent install folder) on PATH: the user's PATH per user, the system's per
/// machine, removed again on uninstall. A row of the Environment table, which wixl 0.101 cannot author (it has no
/// Environment element): setup/build-msi.sh imports this table into the built MSI with msibuild, with the two standard
/// actions that apply it. It belongs to the CLI's file component, so it comes and goes with altid-export.exe.
/// </summary>
internal static class PathEntry
{
    public const string Id = "CliFolderOnPath";
    public const string CliFileName = "altid-export.exe";

    /// <summary>
    /// Windows Installer's prefixes, as WiX writes them for Action="set" Permanent="no" (and System="yes"): '=' set on
    /// install, '-' remove on uninstall, '*' the system's variable (HKLM) rather than the user's (HKCU\Environment).
    /// </summary>
    public static string Name(InstallScope scope) => scope == InstallScope.PerUser ? "=-PATH" : "=-*PATH";

    /// <summary>[~] is the value already there: the folder goes last (WiX's Part="last"), and only it goes on uninstall.</summary>
    public const string Value = "[~];[" + InstallLayout.InstallFolder + "]";

    public static string Component => WixIds.FileComponent(CliFileName);

    /// <summary>Standard actions and their places in Windows Installer's suggested sequence.</summary>
    public static readonly IReadOnlyList<(string Action, int Sequence)> Actions =
        new[] { ("RemoveEnvironmentStrings", 3300), ("WriteEnvironmentStrings", 5200) };

    /// <summary>An exported InstallExecuteSequence (.idt) with <see cref="Actions"/> added where missing.</summary>
    public static string WithActions(string sequence)
    {
        var text = new StringBuilder(sequence.EndsWith("\n", StringComparison.Ordinal) ? sequence : sequence + "\r\n");
        var present = sequence.Split('\n').Select(line => line.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var (action, step) in Actions.Where(a => !present.Contains(a.Action)))
            text.Append(action).Append("\t\t").Append(step).Append("\r\n");
        return text.ToString();
    }

    /// <summary>The Environment table in msibuild's import format (.idt): column names, types, table name and key, rows.</summary>
    public static string Table(InstallScope scope) =>
        new StringBuilder()
            .Append("Environment\tName\tValue\tComponent_\r\n")
            .Append("s72\tl255\tL255\ts72\r\n")
            .Append("Environment\tEnvironment\r\n")
            .Append(Id).Append('\t').Append(Name(scope)).Append('\t').Append(Value).Append('\t').Append(Component).Append("\r\n")
            .ToString();
}

using System.Text;
using AltIdShell.Desktop.Registration;

namespace AltIdShell.Setup.Generator;

/// <summary>
/// regedit's import format (Windows Registry Editor Version 5.00) for registering a development build by hand:
/// one file that writes every entry, one that deletes our own keys and the Run value.
/// </summary>
internal static class RegFile
{
    private const string Header = "Windows Registry Editor Version 5.00";

    public static string Register(IReadOnlyList<RegistryEntry> entries)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var key in entries.GroupBy(e => (e.RootName, e.Key)))
        {
            text.Append("\r\n[").Append(key.Key.RootName).Append('\\').Append(key.Key.Key).Append("]\r\n");
            foreach (var entry in key)
                text.Append(entry.Name == null ? "@" : Quote(entry.Name)).Append('=').Append(Quote(entry.Value)).Append("\r\n");
        }
        return text.ToString();
    }

    public static string Unregister(IReadOnlyList<RegistryEntry> entries, IReadOnlyList<string> ownedKeys)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        var rootName = entries[0].RootName;
        foreach (var key in ownedKeys)
            text.Append("\r\n[-").Append(rootName).Append('\\').Append(key).Append("]\r\n");
        foreach (var entry in entries.Where(e => !ownedKeys.Any(k => e.Key == k || e.Key.StartsWith(k + @"\", StringComparison.Ordinal))))
            text.Append("\r\n[").Append(entry.RootName).Append('\\').Append(entry.Key).Append("]\r\n")
                .Append(entry.Name == null ? "@" : Quote(entry.Name)).Append("=-\r\n");
        return text.ToString();
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

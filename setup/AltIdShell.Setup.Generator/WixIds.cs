using System.Text;

namespace AltIdShell.Setup.Generator;

/// <summary>MSI identifiers (letters, digits, '_' and '.', at most 72 characters) derived from file names and parts.</summary>
internal static class WixIds
{
    public static string File(string fileName) => Identifier("File_", fileName);

    public static string FileComponent(string fileName) => Identifier("C_", fileName);

    public static string RegistryComponent(string part) => Identifier("Reg_", part);

    private static string Identifier(string prefix, string name)
    {
        var id = new StringBuilder(prefix);
        foreach (var c in name)
            id.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.' ? c : '_');
        if (id.Length > 72)
            throw new ArgumentException($"'{name}' makes an MSI identifier longer than 72 characters.", nameof(name));
        return id.ToString();
    }
}

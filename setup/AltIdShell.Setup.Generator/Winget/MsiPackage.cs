using System.Security.Cryptography;

namespace AltIdShell.Setup.Generator.Winget;

/// <summary>One built MSI as winget describes it, read from the file itself: its Property table and its SHA-256.</summary>
public sealed record MsiPackage(string FileName, string Scope, string ProductName, string Manufacturer, string ProductVersion,
    string ProductCode, string UpgradeCode, string Sha256)
{
    /// <param name="msi">The MSI, as it will be published (signed: the hash covers the signature).</param>
    /// <param name="scope">winget's Scope: "user" for the per-user package, "machine" for the per-machine one.</param>
    /// <param name="properties">The MSI's Property table, as `msiinfo export MSI Property` prints it.</param>
    public static MsiPackage Read(string msi, string scope, MsiTable properties)
    {
        var values = properties.Rows.ToDictionary(r => r["Property"], r => r["Value"]);
        string Property(string name) =>
            values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new InvalidDataException($"{msi} has no {name} property");
        using var file = File.OpenRead(msi);
        return new MsiPackage(Path.GetFileName(msi), scope, Property("ProductName"), Property("Manufacturer"), Property("ProductVersion"),
            Property("ProductCode"), Property("UpgradeCode"), Convert.ToHexString(SHA256.HashData(file)));
    }
}

using System;
using System.Collections.Generic;

namespace AltIdShell.Shared;

/// <summary>
/// The one rule for "a .p12/.pfx file" (and "a .cer/.crt/.p7b file" for the check), by name alone: the context menus,
/// the tray's path check and file dialog, and the CLI's choice of reader all apply it, so none of them can come to
/// disagree about a file.
/// </summary>
internal static class CertificateFileName
{
    /// <summary>A .p12/.pfx name: "a.P12", not ".p12".</summary>
    public static bool IsCertificateFile(string path) => HasExtensionIn(path, ProductIdentity.CertificateExtensions);

    /// <summary>A .cer/.crt/.p7b name, for the check verb.</summary>
    public static bool IsCheckFile(string path) => HasExtensionIn(path, ProductIdentity.CheckExtensions);

    /// <summary>True for a name with more before one of <paramref name="extensions"/> than the extension itself.</summary>
    public static bool HasExtensionIn(string path, IReadOnlyList<string> extensions)
    {
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        foreach (var extension in extensions)
        {
            if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>The extensions as a file dialog's filter pattern: "*.p12;*.pfx".</summary>
    public static string DialogPattern => "*" + string.Join(";*", ProductIdentity.CertificateExtensions);

    private static readonly char[] Separators = { '\\', '/' };
}

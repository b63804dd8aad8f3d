using System;

namespace AltIdShell.Shared;

/// <summary>
/// The one rule for "a .p12/.pfx file", by name alone: the context menus, the tray's path check and file dialog, and the
/// CLI's choice of reader all apply it, so none of them can come to disagree about a file.
/// </summary>
internal static class CertificateFileName
{
    /// <summary>True for a name with more before a certificate extension than the extension: "a.P12", not ".p12".</summary>
    public static bool IsCertificateFile(string path)
    {
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        foreach (var extension in ProductIdentity.CertificateExtensions)
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

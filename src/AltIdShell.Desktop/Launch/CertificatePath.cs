using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Launch;

/// <summary>
/// The rule every path must pass before the tray acts on it, whether it came from the command line, standard
/// input or the pipe: another program can write to all three, so only absolute paths of existing .p12/.pfx files count
/// (of .cer/.crt/.p7b files, for a check).
/// </summary>
public static class CertificatePath
{
    /// <summary>Windows' own ceiling for extended-length paths.</summary>
    public const int MaxLength = 32_767;

    public static PathStyle CurrentStyle => Path.DirectorySeparatorChar == '\\' ? PathStyle.Windows : PathStyle.Unix;

    public static PathRejection Check(string? path, PathStyle style, Func<string, bool> fileExists) =>
        Check(path, style, fileExists, ProductIdentity.CertificateExtensions);

    public static PathRejection Check(string? path, PathStyle style, Func<string, bool> fileExists, IReadOnlyList<string> extensions)
    {
        if (string.IsNullOrEmpty(path))
            return PathRejection.Empty;
        if (path!.Length > MaxLength)
            return PathRejection.TooLong;
        if (path.Any(char.IsControl))
            return PathRejection.ControlCharacter;
        if (!IsAbsolute(path, style))
            return PathRejection.NotAbsolute;
        if (HasRelativeSegment(path, style))
            return PathRejection.RelativeSegment;
        if (!CertificateFileName.HasExtensionIn(path, extensions))
            return PathRejection.NotCertificateFile;
        return fileExists(path) ? PathRejection.None : PathRejection.Missing;
    }

    /// <summary>"C:\x" and "\\server\share\x" on Windows, "/x" on Unix; never drive-relative "C:x" or rooted "\x", which depend on the receiver's current directory.</summary>
    public static bool IsAbsolute(string path, PathStyle style)
    {
        if (style == PathStyle.Unix)
            return path.StartsWith("/", StringComparison.Ordinal);
        if (path.StartsWith(@"\\", StringComparison.Ordinal))
            return path.Length > 2 && path[2] != '\\';
        return path.Length >= 3 && char.IsLetter(path[0]) && path[0] < 128 && path[1] == ':' && (path[2] == '\\' || path[2] == '/');
    }

    private static bool HasRelativeSegment(string path, PathStyle style)
    {
        var separators = style == PathStyle.Windows ? new[] { '\\', '/' } : new[] { '/' };
        return path.Split(separators).Any(segment => segment == "." || segment == "..");
    }
}

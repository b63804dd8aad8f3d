using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// .NET Framework 4.8 on Windows refuses paths of 260 characters and more unless the machine opted in to long
/// paths; the \\?\ prefix works everywhere. .NET 10 and Mono need nothing.
/// </summary>
internal static class LongPath
{
    private const int MaxShortPath = 248;

    public static string ForIo(string fullPath) =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? ToExtended(fullPath) : fullPath;

    /// <summary>The \\?\ form of a long absolute Windows path; short, relative or already-prefixed paths unchanged.</summary>
    public static string ToExtended(string fullPath)
    {
        if (fullPath.Length < MaxShortPath || fullPath.StartsWith(@"\\?\", StringComparison.Ordinal))
            return fullPath;
        if (fullPath.StartsWith(@"\\", StringComparison.Ordinal))
            return @"\\?\UNC\" + fullPath.Substring(2);
        if (fullPath.Length >= 3 && fullPath[1] == ':' && (fullPath[2] == '\\' || fullPath[2] == '/'))
            return @"\\?\" + fullPath.Replace('/', '\\');
        return fullPath;
    }
}

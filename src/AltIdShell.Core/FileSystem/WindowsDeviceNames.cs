using System;
using System.Linq;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// The names Windows keeps for devices. "NUL.cer" is the null device, not a file: written there, an export would report
/// success and leave nothing; read from there, a .p12 would look empty. Microsoft's naming rules also reserve each
/// name followed by an extension ("NUL.tar.gz"), and Windows ignores trailing spaces before the dot.
/// </summary>
internal static class WindowsDeviceNames
{
    private static readonly string[] Reserved = new[] { "CON", "PRN", "AUX", "NUL" }
        .Concat(Enumerable.Range(0, 10).SelectMany(n => new[] { "COM" + n, "LPT" + n }))
        .Concat(new[] { "COM\u00B9", "COM\u00B2", "COM\u00B3", "LPT\u00B9", "LPT\u00B2", "LPT\u00B3" })
        .ToArray();

    private static readonly char[] Separators = { '\\', '/' };

    /// <summary>The device a path's file name stands for ("NUL" for "C:\a\nul.p12"), or null for an ordinary name.</summary>
    public static string? DeviceIn(string path)
    {
        // Windows' separators on every platform, so that the rule reads the same wherever it is tested.
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        var dot = name.IndexOf('.');
        var stem = (dot < 0 ? name : name.Substring(0, dot)).TrimEnd(' ');
        return Reserved.FirstOrDefault(device => string.Equals(device, stem, StringComparison.OrdinalIgnoreCase));
    }
}

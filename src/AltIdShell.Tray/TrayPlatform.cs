using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace AltIdShell.Tray;

/// <summary>Where the tray runs: Windows has pipes, ACLs, toasts and Explorer; Mono on Linux (tests) has none of them.</summary>
internal static class TrayPlatform
{
    public static bool IsWindows { get; } = Environment.OSVersion.Platform == PlatformID.Win32NT;

    /// <summary>
    /// Standard input as UTF-8, when another program redirected it (the Explorer handler does, then closes it).
    /// A parent that never closes its end must not hang the tray, so the read gets a few seconds.
    /// </summary>
    public static TextReader? RedirectedStandardInput()
    {
        if (!Console.IsInputRedirected)
            return null;
        var read = Task.Run(() =>
        {
            using var reader = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            var buffer = new char[Core.Launch.HandoffLimits.MaxTotalPathChars + Core.Launch.HandoffLimits.MaxPaths * 2 + 2];
            var length = 0;
            int n;
            while (length < buffer.Length && (n = reader.Read(buffer, length, buffer.Length - length)) > 0)
                length += n;
            return new string(buffer, 0, length);
        });
        return read.Wait(TimeSpan.FromSeconds(5)) ? new StringReader(read.Result) : null;
    }
}

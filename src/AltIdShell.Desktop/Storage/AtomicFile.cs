using System;
using System.IO;
using System.Threading;

namespace AltIdShell.Desktop.Storage;

/// <summary>
/// The small state files beside each other in %LOCALAPPDATA%\AltIdShell: written whole to a temporary file in the same
/// folder and renamed over the old one, so a crash leaves the old or the new file, never half of one; a file that
/// does not parse is moved aside, kept for a person to look at, and the caller starts afresh.
/// </summary>
internal static class AtomicFile
{
    private const int ReplaceAttempts = 5;

    /// <summary>Temporary files of <paramref name="path"/> are named "&lt;path&gt;.&lt;guid&gt;.tmp".</summary>
    public static string TemporaryPattern(string path) => Path.GetFileName(path) + ".*.tmp";

    public static void Write(string path, Action<Stream> write)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            write(stream);
            stream.Flush(true);
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (File.Exists(path))
                    File.Replace(temp, path, null);
                else
                    File.Move(temp, path);
                return;
            }
            catch (IOException) when (attempt < ReplaceAttempts)
            {
                // A virus scanner or indexer may hold the file open for a moment.
                Thread.Sleep(20 * attempt);
            }
        }
    }

    /// <summary>"recent-exports.json" becomes "recent-exports.corrupt-20261124120000000.json".</summary>
    public static void SetAside(string path)
    {
        var setAside = Path.Combine(Path.GetDirectoryName(path)!,
            $"{Path.GetFileNameWithoutExtension(path)}.corrupt-{DateTime.UtcNow:yyyyMMddHHmmssfff}{Path.GetExtension(path)}");
        File.Move(path, setAside);
    }
}

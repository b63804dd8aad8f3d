using System.IO;

namespace AltIdShell.Desktop.Launch;

/// <summary>Reads a stream to its end, but never more than a limit: standard input is written by another program.</summary>
public static class BoundedInput
{
    /// <summary>All bytes, or null as soon as the stream proves longer than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadToEnd(Stream input, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

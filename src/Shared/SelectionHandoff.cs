using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AltIdShell.Shared;

/// <summary>
/// How the Explorer handler hands the selected files to AltIdShell.Tray.exe: the tray is started without arguments,
/// with its standard input redirected, and reads it to the end. Each path is one line of UTF-8 (no byte-order mark)
/// ended by "\n"; the end of the list is the end of the stream.
/// </summary>
/// <remarks>
/// Lines work because Windows forbids control characters in file names, so a path can never contain a line break.
/// Raw bytes rather than a TextWriter because .NET Framework 4.8 cannot set a child's stdin encoding, and the
/// console code page would mangle æøå. This file is compiled into the Explorer handler as well (framework-only there).
/// </remarks>
internal static class SelectionHandoff
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static byte[] Encode(IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        foreach (var path in paths)
        {
            if (path.Length == 0 || path.IndexOfAny(LineBreaks) >= 0)
                throw new ArgumentException("A path must be non-empty and on one line.", nameof(paths));
            text.Append(path).Append('\n');
        }
        return Utf8.GetBytes(text.ToString());
    }

    /// <summary>Reads to the end; tolerates "\r\n" and a byte-order mark, ignores empty lines.</summary>
    public static IReadOnlyList<string> Read(Stream input)
    {
        var paths = new List<string>();
        using var reader = new StreamReader(input, Utf8, detectEncodingFromByteOrderMarks: true);
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.Length > 0)
                paths.Add(line);
        }
        return paths;
    }

    private static readonly char[] LineBreaks = { '\r', '\n' };
}

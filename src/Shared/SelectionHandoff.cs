using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AltIdShell.Shared;

/// <summary>
/// How the Explorer handler hands the selected files to AltIdShell.Tray.exe: it creates a pipe of a fresh random name,
/// starts the tray with <c>--handoff NAME</c> and writes the list into that pipe; the tray connects and reads it to
/// the end. No handle of the process that showed the menu is inherited by the long-lived tray. Each path is one line
/// of UTF-8 (no byte-order mark) ended by "\n"; the end of the list is the end of the stream. The tray reads the same
/// format from its standard input when another program redirects it.
/// </summary>
/// <remarks>
/// Lines work because Windows forbids control characters in file names, so a path can never contain a line break.
/// Raw bytes rather than a TextWriter, so no code page can mangle æøå. This file is compiled into the Explorer
/// handler as well (framework-only there).
/// </remarks>
internal static class SelectionHandoff
{
    /// <summary>The tray's option that names the hand-over pipe.</summary>
    public const string PipeOption = "--handoff";

    /// <summary>Placed before <see cref="PipeOption"/> when the files are to be checked, not exported.</summary>
    public const string CheckOption = "--check";

    private const string PipePrefix = "AltIdShell.Handoff.";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>A name no one can guess before the handler creates the pipe.</summary>
    public static string NewPipeName() => PipePrefix + Guid.NewGuid().ToString("N");

    /// <summary>The tray's command line for a hand-over through <paramref name="pipeName"/>.</summary>
    public static string Arguments(string pipeName, bool check) =>
        (check ? CheckOption + " " : "") + PipeOption + " " + pipeName;

    /// <summary>Only names of <see cref="NewPipeName"/>'s form: the tray connects to nothing else it is told to.</summary>
    public static bool IsPipeName(string? name)
    {
        if (name == null || name.Length != PipePrefix.Length + 32 || !name.StartsWith(PipePrefix, StringComparison.Ordinal))
            return false;
        for (var i = PipePrefix.Length; i < name.Length; i++)
        {
            if (!(name[i] is >= '0' and <= '9' or >= 'a' and <= 'f'))
                return false;
        }
        return true;
    }

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

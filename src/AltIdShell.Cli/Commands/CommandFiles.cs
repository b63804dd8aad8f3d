using System;
using System.Collections.Generic;
using System.IO;
using AltIdShell.Cli.Output;

namespace AltIdShell.Cli.Commands;

/// <summary>
/// The FILE arguments that name something: the others are reported by their position, never by their text, since a
/// password typed after a mistyped option lands among them.
/// </summary>
internal static class CommandFiles
{
    public static IReadOnlyList<string> Existing(string[] args, IEnumerable<string> files, Reporter reporter)
    {
        var existing = new List<string>();
        foreach (var file in files)
        {
            if (File.Exists(file) || Directory.Exists(file))
                existing.Add(file);
            else
                reporter.NotAFile(Array.IndexOf(args, file) + 1);
        }
        return existing;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AltIdShell.Cli.Output;
using AltIdShell.Shared;

namespace AltIdShell.Cli.Commands;

/// <summary>
/// The FILE arguments that name something. One that names nothing is named back only when it is plainly a file name
/// (a certificate's extension, a folder in it); any other is reported by its position, never by its text, since a
/// password typed after a mistyped option lands among them. A file name that cannot be looked up because access is
/// denied is passed on: the export then says why it cannot be read, which "does not exist" would hide.
/// </summary>
internal static class CommandFiles
{
    private static readonly string[] PemExtension = { ".pem" };
    private static readonly char[] Separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };

    public static IReadOnlyList<string> Existing(string[] args, IEnumerable<string> files, Reporter reporter)
    {
        var existing = new List<string>();
        var missing = new List<(int Position, string Text)>();
        foreach (var file in files)
        {
            if (File.Exists(file) || Directory.Exists(file) || (IsFileName(file) && AccessDenied(file)))
                existing.Add(file);
            else
                missing.Add((Array.IndexOf(args, file) + 1, file));
        }
        foreach (var run in Runs(missing))
            Report(run, reporter);
        return existing;
    }

    /// <summary>Missing arguments side by side, as an unquoted name with spaces leaves them.</summary>
    private static IEnumerable<List<(int Position, string Text)>> Runs(List<(int Position, string Text)> missing)
    {
        var run = new List<(int Position, string Text)>();
        foreach (var argument in missing)
        {
            if (run.Count > 0 && argument.Position != run[run.Count - 1].Position + 1)
            {
                yield return run;
                run = new List<(int Position, string Text)>();
            }
            run.Add(argument);
        }
        if (run.Count > 0)
            yield return run;
    }

    private static void Report(List<(int Position, string Text)> run, Reporter reporter)
    {
        if (run.Count > 1 && (IsFileName(run[run.Count - 1].Text) || File.Exists(string.Join(" ", run.Select(a => a.Text)))))
        {
            reporter.NameWithSpaces(run[0].Position, run[run.Count - 1].Position);
            return;
        }
        foreach (var (position, text) in run)
        {
            if (IsFileAsFolder(text))
                reporter.FileAsFolder(text);
            else if (IsFileName(text))
                reporter.FileNotFound(text);
            else
                reporter.NotAFile(position);
        }
    }

    /// <summary>
    /// File.Exists says false alike for nothing there and for a folder on the way that may not be searched; only
    /// asking for the attributes tells them apart.
    /// </summary>
    private static bool AccessDenied(string file)
    {
        try
        {
            File.GetAttributes(file);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>"Testfirma.p12/": a file named with a folder's trailing slash, which no file system opens.</summary>
    private static bool IsFileAsFolder(string text) =>
        Path.GetFileName(text).Length == 0 && text.TrimEnd(Separators) is { Length: > 0 } trimmed && File.Exists(trimmed);

    /// <summary>Ends in a certificate's extension or holds a folder: a file name, not a password.</summary>
    private static bool IsFileName(string text) =>
        text.IndexOfAny(new[] { '/', '\\' }) >= 0
        || CertificateFileName.IsCertificateFile(text)
        || CertificateFileName.IsCheckFile(text)
        || CertificateFileName.HasExtensionIn(text, PemExtension);
}

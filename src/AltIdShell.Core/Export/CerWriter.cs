using System;
using System.IO;
using System.Linq;
using AltIdShell.Core.Errors;
using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Export;

/// <summary>
/// Puts the .cer in place atomically: a temporary file in the same folder, flushed, then renamed. Whatever fails,
/// the folder holds either what it held before or the complete new file, and never the temporary file.
/// </summary>
internal sealed class CerWriter
{
    // Numbered names stop somewhere; a folder with this many copies needs a person, not a loop.
    private const int MaxNumberedName = 999;
    private const long MaxExistingBytes = 1024 * 1024;

    private readonly IExportFileSystem _fileSystem;

    public CerWriter(IExportFileSystem fileSystem) => _fileSystem = fileSystem;

    public (string Path, ExportOutcome Outcome) Write(string target, byte[] content, ExistingFileChoice choice)
    {
        if (!_fileSystem.FileExists(target))
        {
            if (TryWriteNew(target, content))
                return (target, ExportOutcome.Written);
            // Someone created it between our check and our rename: decide as if it had been there all along.
        }

        if (HasContent(target, content))
            return (target, ExportOutcome.AlreadyExported);

        switch (choice)
        {
            case ExistingFileChoice.Replace:
                WriteViaTemporary(target, content, temporary => _fileSystem.Replace(temporary, target));
                return (target, ExportOutcome.Replaced);
            case ExistingFileChoice.KeepBoth:
                return WriteNumbered(target, content);
            default:
                throw ExportErrors.OutputExists(target);
        }
    }

    /// <summary>"Testfirma (2).cer", "Testfirma (3).cer", … as Explorer names copies.</summary>
    public static string NumberedName(string target, int number)
    {
        var directory = Path.GetDirectoryName(target) ?? string.Empty;
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(target)} ({number}){Path.GetExtension(target)}");
    }

    private (string, ExportOutcome) WriteNumbered(string target, byte[] content)
    {
        for (var number = 2; number <= MaxNumberedName; number++)
        {
            var candidate = NumberedName(target, number);
            if (_fileSystem.FileExists(candidate))
            {
                if (HasContent(candidate, content))
                    return (candidate, ExportOutcome.AlreadyExported);
                continue;
            }
            if (TryWriteNew(candidate, content))
                return (candidate, ExportOutcome.Written);
        }
        throw ExportErrors.OutputExists(target);
    }

    private bool HasContent(string path, byte[] content)
    {
        try
        {
            return _fileSystem.ReadAllBytes(path, MaxExistingBytes).SequenceEqual(content);
        }
        catch (FileTooLargeException)
        {
            return false;
        }
    }

    /// <summary>False when the target appeared meanwhile; every other failure throws.</summary>
    private bool TryWriteNew(string target, byte[] content)
    {
        var written = true;
        WriteViaTemporary(target, content, temporary =>
        {
            try
            {
                _fileSystem.MoveNoOverwrite(temporary, target);
            }
            catch (IOException) when (_fileSystem.FileExists(target))
            {
                written = false;
            }
        });
        return written;
    }

    private void WriteViaTemporary(string target, byte[] content, Action<string> putInPlace)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? string.Empty,
            "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            _fileSystem.WriteNewFile(temporary, content);
            putInPlace(temporary);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private void TryDelete(string temporary)
    {
        try
        {
            if (_fileSystem.FileExists(temporary))
                _fileSystem.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Deleting fails only where writing already failed; the original exception says why, so it wins.
        }
    }
}

using System;
using System.Collections.Generic;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// The few file operations an export needs. A seam so tests can fail any step (disk full, access denied, a crash
/// between write and rename) and check that nothing partial is left behind.
/// </summary>
internal interface IExportFileSystem
{
    bool FileExists(string path);

    FileKind KindOf(string path);

    /// <summary>
    /// Whether two paths name one file: the same full path (ignoring case where the file system does), or two names of
    /// one file (a hard link, a symbolic link, another spelling).
    /// </summary>
    bool IsSameFile(string a, string b);

    /// <summary>Reads a whole file; throws FileTooLargeException above <paramref name="maxBytes"/> without reading it, and NotARegularFileException for anything but a regular file, without opening it.</summary>
    byte[] ReadAllBytes(string path, long maxBytes);

    /// <summary>Creates a file that must not exist yet, writes it and flushes it to the disk.</summary>
    void WriteNewFile(string path, byte[] content);

    /// <summary>Renames; fails with IOException when <paramref name="to"/> exists.</summary>
    void MoveNoOverwrite(string from, string to);

    /// <summary>Replaces <paramref name="to"/> with <paramref name="from"/> in one rename.</summary>
    void Replace(string from, string to);

    void Delete(string path);

    /// <summary>Names and last write times (UTC) of the files in <paramref name="directory"/> whose names start with <paramref name="prefix"/>.</summary>
    IEnumerable<(string Name, DateTime LastWriteUtc)> FilesStartingWith(string directory, string prefix);
}

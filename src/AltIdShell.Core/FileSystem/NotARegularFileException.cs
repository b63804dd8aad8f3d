using System.IO;

namespace AltIdShell.Core.FileSystem;

/// <summary>A path that names a folder, FIFO, device or socket where a file is read or written.</summary>
internal sealed class NotARegularFileException : IOException
{
    public NotARegularFileException(string path, FileKind kind)
        : base("not a regular file: " + kind)
    {
        Path = path;
        Kind = kind;
    }

    public string Path { get; }
    public FileKind Kind { get; }
}

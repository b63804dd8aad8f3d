using System.IO;

namespace AltIdShell.Core.FileSystem;

/// <summary>A file over the size the caller accepts; nothing of it was read.</summary>
internal sealed class FileTooLargeException : IOException
{
    public FileTooLargeException(long length, long limit)
        : base($"{length} bytes, limit {limit}")
    {
        Length = length;
        Limit = limit;
    }

    public long Length { get; }
    public long Limit { get; }
}

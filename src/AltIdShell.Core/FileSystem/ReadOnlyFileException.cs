using System;

namespace AltIdShell.Core.FileSystem;

/// <summary>The file to replace is marked read-only (Windows); it was left as it is.</summary>
internal sealed class ReadOnlyFileException : UnauthorizedAccessException
{
    public ReadOnlyFileException()
        : base("the file is marked read-only")
    {
    }
}

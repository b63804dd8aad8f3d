using System.IO;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// stat(2) failed for a reason other than "nothing there": a link loop, a folder on the way that may not be searched,
/// a name too long. Carries the path it was asked about, which need not be the file the caller is working on (the
/// export checks the .p12 while it works out the .cer), so the error names the right one (<see cref="IoErrors"/>).
/// </summary>
internal sealed class FileStatusException : IOException
{
    public FileStatusException(string path, int errno)
        : base("stat: errno " + errno, errno)
    {
        Path = path;
        Errno = errno;
    }

    public string Path { get; }
    public int Errno { get; }
}

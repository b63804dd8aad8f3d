using System;
using System.IO;
using System.Runtime.InteropServices;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.FileSystem;

/// <summary>Turns the framework's file exceptions into the export errors a person can act on.</summary>
internal static class IoErrors
{
    private const int ErrorSharingViolation = 32;
    private const int ErrorLockViolation = 33;
    private const int ErrorHandleDiskFull = 39;
    private const int ErrorDiskFull = 112;
    private const int ErrorCantResolveFilename = 1921;
    // Linux's numbers: the only Unix whose stat this reads (UnixFileStatus).
    private const int Eacces = 13;
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int Enametoolong = 36;
    private const int Eloop = 40;

    /// <summary>The export error for an I/O failure, or null for exceptions that are not I/O failures.</summary>
    public static ExportException? Map(Exception e, string path) =>
        Map(e, path, RuntimeInformation.IsOSPlatform(OSPlatform.Windows));

    /// <summary>
    /// As <see cref="Map(Exception, string)"/> for reading <paramref name="path"/>: access denied then means the file may
    /// not be read, not that its folder may be read-only, which is what it means for a write.
    /// </summary>
    public static ExportException? MapRead(Exception e, string path) =>
        e is UnauthorizedAccessException or System.Security.SecurityException ? ExportErrors.ReadDenied(path, e) : Map(e, path);

    /// <summary>As <see cref="Map(Exception, string)"/>, for the error codes of the given platform.</summary>
    internal static ExportException? Map(Exception e, string path, bool windows)
    {
        switch (e)
        {
            case FileStatusException status:
                return Status(status);
            case NotARegularFileException special:
                return special.Kind == FileKind.Directory ? ExportErrors.OutputIsFolder(special.Path) : ExportErrors.NotARegularFile(special.Path);
            case FileNotFoundException or DirectoryNotFoundException:
                return ExportErrors.SourceNotFound(path);
            case ReadOnlyFileException:
                return ExportErrors.ReadOnlyFile(path, e);
            case ReservedNameException reserved:
                return ExportErrors.ReservedName(path, reserved.Device);
            case PathTooLongException:
                return ExportErrors.PathTooLong(path, e);
            case UnauthorizedAccessException or System.Security.SecurityException:
                return ExportErrors.AccessDenied(path, e);
            case NotSupportedException or ArgumentException:
                return ExportErrors.Io(path, e);
            case IOException io:
                var code = io.HResult & 0xFFFF;
                if (windows && code is ErrorSharingViolation or ErrorLockViolation)
                    return ExportErrors.FileLocked(path, e);
                if (windows ? code is ErrorDiskFull or ErrorHandleDiskFull : io.HResult == Enospc)
                    return ExportErrors.DiskFull(path, e);
                if (!windows && io.HResult == Erofs)
                    return ExportErrors.AccessDenied(path, e);
                if (windows ? code == ErrorCantResolveFilename : io.HResult == Eloop)
                    return ExportErrors.LinkLoop(path, e);
                return ExportErrors.Io(path, e);
            default:
                return null;
        }
    }

    /// <summary>A failed stat, named by the path it was about; it has no words of its own a person could read.</summary>
    private static ExportException Status(FileStatusException status) => status.Errno switch
    {
        Eloop => ExportErrors.LinkLoop(status.Path, status),
        Eacces => ExportErrors.FolderNotSearchable(status.Path, status),
        Enametoolong => ExportErrors.PathTooLong(status.Path, status),
        _ => ExportErrors.StatusFailed(status.Path, status.Errno, status),
    };
}

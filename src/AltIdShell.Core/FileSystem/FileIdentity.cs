using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// Whether two paths name the same file: equal full paths (without regard to case where the file system ignores it),
/// or, for files that exist, one file reached by two names: on Windows the same volume and file index (hard links,
/// 8.3 names, mapped drives), elsewhere the same canonical path (symbolic links, "..").
/// </summary>
internal static class FileIdentity
{
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
    private static readonly StringComparison PathComparison =
        IsWindows || RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static bool Same(string a, string b)
    {
        if (string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), PathComparison))
            return true;
        if (!File.Exists(LongPath.ForIo(a)) || !File.Exists(LongPath.ForIo(b)))
            return false;
        return IsWindows ? SameWindowsFile(a, b) : string.Equals(CanonicalUnixPath(a), CanonicalUnixPath(b), PathComparison);
    }

    private static bool SameWindowsFile(string a, string b)
    {
        var first = WindowsFileId(a);
        var second = WindowsFileId(b);
        return first != null && first == second;
    }

    private static (uint Volume, uint High, uint Low)? WindowsFileId(string path)
    {
        try
        {
            // Sharing everything: asking must never stand in the way of whoever else has the file open.
            using var stream = new FileStream(LongPath.ForIo(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return GetFileInformationByHandle(stream.SafeFileHandle, out var info)
                ? (info.VolumeSerialNumber, info.FileIndexHigh, info.FileIndexLow)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file we cannot open is one we cannot write over either.
            return null;
        }
    }

    private static string? CanonicalUnixPath(string path)
    {
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringAnsi(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    // BY_HANDLE_FILE_INFORMATION; its FILETIMEs are pairs of DWORDs, so 4-byte packing.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct ByHandleFileInformation
    {
        public uint FileAttributes;
        public long CreationTime;
        public long LastAccessTime;
        public long LastWriteTime;
        public uint VolumeSerialNumber;
        public uint FileSizeHigh;
        public uint FileSizeLow;
        public uint NumberOfLinks;
        public uint FileIndexHigh;
        public uint FileIndexLow;
    }

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);

    [DllImport("libc", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}

using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// Windows' identity of an open file: the volume's serial number and the file's index on it, equal for every name of
/// the file (hard links, a path through a junction, 8.3 names, another spelling of the drive).
/// </summary>
internal static class WindowsFileIdentity
{
    public static bool Same(string a, string b)
    {
        using var first = Open(a);
        using var second = Open(b);
        var one = Of(first.SafeFileHandle);
        var other = Of(second.SafeFileHandle);
        return one.VolumeSerialNumber == other.VolumeSerialNumber
            && one.FileIndexHigh == other.FileIndexHigh
            && one.FileIndexLow == other.FileIndexLow;
    }

    // Sharing everything, so another program's open file is no obstacle.
    private static FileStream Open(string path) =>
        new(LongPath.ForIo(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private static ByHandleFileInformation Of(SafeFileHandle handle) =>
        GetFileInformationByHandle(handle, out var information) ? information : throw new Win32Exception(Marshal.GetLastWin32Error());

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);

    // FILETIMEs are two DWORDs, aligned to 4 bytes, not 8.
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
}

using System;
using System.Runtime.InteropServices;
using System.Text;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// The parts of Linux's stat(2) the export needs: the file type, and device plus inode, which is what makes two names
/// (a hard link, a path through a symbolic link) the same file. .NET exposes neither. Only for 64-bit Linux, whose
/// struct stat starts with st_dev and st_ino on x64 and arm64 alike; st_mode sits after st_nlink on x64 and before it
/// on arm64.
/// </summary>
internal readonly struct UnixFileStatus
{
    private const int Enoent = 2;
    private const int Enotdir = 20;
    private const uint TypeMask = 0xF000;
    private const uint Regular = 0x8000;
    private const uint Directory = 0x4000;
    // Larger than struct stat on every 64-bit Linux ABI (144 bytes on x64, 128 on arm64).
    private const int BufferSize = 256;

    private UnixFileStatus(ulong device, ulong inode, uint mode)
    {
        Device = device;
        Inode = inode;
        Mode = mode;
    }

    public ulong Device { get; }
    public ulong Inode { get; }
    public uint Mode { get; }

    public FileKind Kind => (Mode & TypeMask) switch
    {
        Regular => FileKind.Regular,
        Directory => FileKind.Directory,
        _ => FileKind.Special,
    };

    public static bool IsSupported =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>The status of what <paramref name="path"/> names (following symbolic links), or null when nothing is there.</summary>
    public static UnixFileStatus? Of(string path)
    {
        var buffer = new byte[BufferSize];
        var name = Encoding.UTF8.GetBytes(path + "\0");
        if (Stat(name, buffer) != 0)
        {
            var errno = Marshal.GetLastWin32Error();
            if (errno is Enoent or Enotdir)
                return null;
            throw new FileStatusException(path, errno);
        }
        var modeOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        return new UnixFileStatus(BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8), BitConverter.ToUInt32(buffer, modeOffset));
    }

    public bool IsSameFileAs(UnixFileStatus other) => Device == other.Device && Inode == other.Inode;

    private static int Stat(byte[] path, byte[] buffer)
    {
        try
        {
            return stat(path, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // glibc before 2.33 exports stat only as __xstat, version 1 being the 64-bit layout.
            return __xstat(1, path, buffer);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int stat(byte[] path, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int __xstat(int version, byte[] path, byte[] buffer);
}

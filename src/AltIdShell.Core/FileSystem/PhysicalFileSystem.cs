using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// The real disk, with Windows' long-path prefix applied where .NET Framework needs it. Only regular files are read:
/// the kind is checked before opening, since opening a FIFO waits for a writer. Under Windows' rules, device names are
/// refused before they reach the file API (<see cref="WindowsDeviceNames"/>), and a read-only target is named as the
/// reason a replace fails.
/// </summary>
internal sealed class PhysicalFileSystem : IExportFileSystem
{
    private static readonly bool OnWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
    private readonly bool _windowsRules;

    internal PhysicalFileSystem(bool windowsRules) => _windowsRules = windowsRules;

    public static PhysicalFileSystem Instance { get; } = new(OnWindows);

    public bool FileExists(string path) => File.Exists(LongPath.ForIo(path));

    public FileKind KindOf(string path)
    {
        if (UnixFileStatus.IsSupported)
            return UnixFileStatus.Of(path)?.Kind ?? FileKind.Missing;
        var io = LongPath.ForIo(path);
        // Windows reaches devices and pipes only through \\.\ names, which the seek check in ReadAllBytes catches.
        return Directory.Exists(io) ? FileKind.Directory : File.Exists(io) ? FileKind.Regular : FileKind.Missing;
    }

    public bool IsSameFile(string a, string b)
    {
        // Windows' and macOS's file systems ignore case by default; Linux's do not.
        var comparison = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), comparison))
            return true;
        if (KindOf(a) != FileKind.Regular || KindOf(b) != FileKind.Regular)
            return false;
        if (UnixFileStatus.IsSupported)
            return UnixFileStatus.Of(a)!.Value.IsSameFileAs(UnixFileStatus.Of(b)!.Value);
        return OnWindows && WindowsFileIdentity.Same(a, b);
    }

    public byte[] ReadAllBytes(string path, long maxBytes)
    {
        ThrowIfDevice(path);
        var kind = KindOf(path);
        if (kind is FileKind.Directory or FileKind.Special)
            throw new NotARegularFileException(path, kind);
        using var stream = new FileStream(LongPath.ForIo(path), FileMode.Open, FileAccess.Read, FileShare.Read);
        // A device or pipe that slipped past the check (Windows' \\.\ names, a file swapped meanwhile) cannot seek.
        if (!stream.CanSeek)
            throw new NotARegularFileException(path, FileKind.Special);
        if (stream.Length > maxBytes)
            throw new FileTooLargeException(stream.Length, maxBytes);
        var buffer = new byte[stream.Length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
                throw new EndOfStreamException();
            read += n;
        }
        return buffer;
    }

    public void WriteNewFile(string path, byte[] content)
    {
        using var stream = new FileStream(LongPath.ForIo(path), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content, 0, content.Length);
        stream.Flush(flushToDisk: true);
    }

    public void MoveNoOverwrite(string from, string to)
    {
        ThrowIfDevice(to);
        File.Move(LongPath.ForIo(from), LongPath.ForIo(to));
    }

    public void Replace(string from, string to)
    {
        ThrowIfDevice(to);
        // Windows refuses to replace a file marked read-only with a bare "access denied"; name the real reason.
        if (_windowsRules && File.GetAttributes(LongPath.ForIo(to)).HasFlag(FileAttributes.ReadOnly))
            throw new ReadOnlyFileException();
        File.Replace(LongPath.ForIo(from), LongPath.ForIo(to), null);
    }

    public void Delete(string path) => File.Delete(LongPath.ForIo(path));

    private void ThrowIfDevice(string path)
    {
        if (_windowsRules && WindowsDeviceNames.DeviceIn(path) is { } device)
            throw new ReservedNameException(device);
    }

    // Only * is special in the pattern on every platform; the caller checks each name exactly.
    public IEnumerable<(string Name, DateTime LastWriteUtc)> FilesStartingWith(string directory, string prefix) =>
        new DirectoryInfo(LongPath.ForIo(directory)).EnumerateFiles(prefix + "*").Select(f => (f.Name, f.LastWriteTimeUtc));
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace AltIdShell.Core.FileSystem;

/// <summary>
/// The real disk, with Windows' long-path prefix applied where .NET Framework needs it. Under Windows' rules, device
/// names are refused before they reach the file API (<see cref="WindowsDeviceNames"/>), and a read-only target is
/// named as the reason a replace fails.
/// </summary>
internal sealed class PhysicalFileSystem : IExportFileSystem
{
    private readonly bool _windowsRules;

    internal PhysicalFileSystem(bool windowsRules) => _windowsRules = windowsRules;

    public static PhysicalFileSystem Instance { get; } = new(RuntimeInformation.IsOSPlatform(OSPlatform.Windows));

    public bool FileExists(string path) => File.Exists(LongPath.ForIo(path));

    public bool IsSameFile(string a, string b) => FileIdentity.Same(a, b);

    public byte[] ReadAllBytes(string path, long maxBytes)
    {
        ThrowIfDevice(path);
        using var stream = new FileStream(LongPath.ForIo(path), FileMode.Open, FileAccess.Read, FileShare.Read);
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

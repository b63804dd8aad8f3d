using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Tests.Export;

/// <summary>The step of writing a .cer at which <see cref="FaultyFileSystem"/> fails.</summary>
public enum FaultStep { WriteNewFile, MoveNoOverwrite, Replace }

/// <summary>
/// The real disk, failing on purpose: at every call of one step, or at whichever calls a rule picks by number, so a
/// test can walk an export's calls one by one. Records every call it is asked for.
/// </summary>
internal sealed class FaultyFileSystem : IExportFileSystem
{
    private readonly Func<int, string, Exception?> _failureFor;

    public FaultyFileSystem(FaultStep failAt, Exception failure)
        : this((_, operation) => operation == failAt.ToString() ? failure : null)
    {
    }

    /// <summary><paramref name="failureFor"/> gets the call's number (from 1) and operation, and returns what to throw, or null.</summary>
    public FaultyFileSystem(Func<int, string, Exception?> failureFor) => _failureFor = failureFor;

    public List<string> Calls { get; } = new();

    private static IExportFileSystem Disk => PhysicalFileSystem.Instance;

    public bool FileExists(string path)
    {
        Step(nameof(FileExists));
        return Disk.FileExists(path);
    }

    // Questions, not steps of the write: never failed, not counted, so the walks by call number stay as they were.
    public FileKind KindOf(string path) => Disk.KindOf(path);

    public bool IsSameFile(string a, string b) => Disk.IsSameFile(a, b);

    public byte[] ReadAllBytes(string path, long maxBytes)
    {
        Step(nameof(ReadAllBytes));
        return Disk.ReadAllBytes(path, maxBytes);
    }

    public void WriteNewFile(string path, byte[] content)
    {
        if (Failure(nameof(WriteNewFile)) is { } failure)
        {
            // Disk full half-way: a partial temporary file exists when the error comes.
            File.WriteAllBytes(path, content.Take(content.Length / 2).ToArray());
            throw failure;
        }
        Disk.WriteNewFile(path, content);
    }

    public void MoveNoOverwrite(string from, string to)
    {
        Step(nameof(MoveNoOverwrite));
        Disk.MoveNoOverwrite(from, to);
    }

    public void Replace(string from, string to)
    {
        Step(nameof(Replace));
        Disk.Replace(from, to);
    }

    public void Delete(string path)
    {
        Step(nameof(Delete));
        Disk.Delete(path);
    }

    public IEnumerable<(string Name, DateTime LastWriteUtc)> FilesStartingWith(string directory, string prefix)
    {
        Step(nameof(FilesStartingWith));
        return Disk.FilesStartingWith(directory, prefix).ToList();
    }

    private void Step(string operation)
    {
        if (Failure(operation) is { } failure)
            throw failure;
    }

    private Exception? Failure(string operation)
    {
        Calls.Add(operation);
        return _failureFor(Calls.Count, operation);
    }
}

/// <summary>Thrown by the seam once the simulated process is dead: no cleanup, no finally block, reaches the disk any more.</summary>
internal sealed class ProcessKilled : Exception
{
}

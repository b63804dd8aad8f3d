using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Tests.Export;

/// <summary>The step of writing a .cer at which <see cref="FaultyFileSystem"/> fails.</summary>
public enum FaultStep { WriteNewFile, MoveNoOverwrite, Replace }

/// <summary>The real disk, failing on purpose at one chosen step of an export.</summary>
internal sealed class FaultyFileSystem : IExportFileSystem
{
    private readonly FaultStep _failAt;
    private readonly Exception _failure;

    public FaultyFileSystem(FaultStep failAt, Exception failure)
    {
        _failAt = failAt;
        _failure = failure;
    }

    private static IExportFileSystem Disk => PhysicalFileSystem.Instance;

    public bool FileExists(string path) => Disk.FileExists(path);

    public byte[] ReadAllBytes(string path, long maxBytes) => Disk.ReadAllBytes(path, maxBytes);

    public void WriteNewFile(string path, byte[] content)
    {
        if (_failAt == FaultStep.WriteNewFile)
        {
            // Disk full half-way: a partial temporary file exists when the error comes.
            File.WriteAllBytes(path, content.Take(content.Length / 2).ToArray());
            throw _failure;
        }
        Disk.WriteNewFile(path, content);
    }

    public void MoveNoOverwrite(string from, string to)
    {
        if (_failAt == FaultStep.MoveNoOverwrite)
            throw _failure;
        Disk.MoveNoOverwrite(from, to);
    }

    public void Replace(string from, string to)
    {
        if (_failAt == FaultStep.Replace)
            throw _failure;
        Disk.Replace(from, to);
    }

    public void Delete(string path) => Disk.Delete(path);
}

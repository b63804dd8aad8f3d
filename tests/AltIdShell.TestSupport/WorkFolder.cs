namespace AltIdShell.TestSupport;

/// <summary>A throwaway folder for one test class, deleted with everything in it.</summary>
public sealed class WorkFolder : IDisposable
{
    public WorkFolder(string prefix) => Info = Directory.CreateTempSubdirectory(prefix);

    public DirectoryInfo Info { get; }

    public string PathOf(string relativePath) => Path.Combine(Info.FullName, relativePath);

    /// <summary>Writes <paramref name="content"/> at <paramref name="relativePath"/>, creating its folders; returns the full path.</summary>
    public string Write(string relativePath, byte[] content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Every file below the folder, as relative paths in order.</summary>
    public string[] Files() =>
        Info.GetFiles("*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Info.FullName, f.FullName)).Order().ToArray();

    public void Dispose() => Info.Delete(recursive: true);
}

using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Tests.FileSystem;

public sealed class FileIdentityTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("altid-identity-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Write(string name)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, name);
        return path;
    }

    [Fact]
    public void One_path_spelled_two_ways_is_one_file()
    {
        var file = Write("a.cer");
        Directory.CreateDirectory(Path.Combine(_work.FullName, "sub"));

        Assert.True(PhysicalFileSystem.Instance.IsSameFile(file, Path.Combine(_work.FullName, "sub", "..", "a.cer")));
    }

    [Fact]
    public void A_file_not_yet_there_is_the_same_only_by_its_path()
    {
        var missing = Path.Combine(_work.FullName, "new.cer");

        Assert.True(PhysicalFileSystem.Instance.IsSameFile(missing, missing));
        Assert.False(PhysicalFileSystem.Instance.IsSameFile(Write("a.cer"), missing));
    }

    [Fact]
    public void A_symbolic_link_is_the_file_it_points_to()
    {
        var file = Write("a.cer");
        var link = Path.Combine(_work.FullName, "link.cer");
        File.CreateSymbolicLink(link, file);

        Assert.True(PhysicalFileSystem.Instance.IsSameFile(file, link));
    }

    [Fact]
    public void Two_files_are_two_files()
    {
        Assert.False(PhysicalFileSystem.Instance.IsSameFile(Write("a.cer"), Write("b.cer")));
    }
}

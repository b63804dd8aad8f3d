using AltIdShell.Core.FileSystem;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.FileSystem;

public sealed class FileIdentityTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-identity-");

    public void Dispose() => _work.Dispose();

    private string Write(string name)
    {
        var path = _work.PathOf(name);
        File.WriteAllText(path, name);
        return path;
    }

    [Fact]
    public void One_path_spelled_two_ways_is_one_file()
    {
        var file = Write("a.cer");
        Directory.CreateDirectory(_work.PathOf("sub"));

        Assert.True(PhysicalFileSystem.Instance.IsSameFile(file, Path.Combine(_work.Info.FullName, "sub", "..", "a.cer")));
    }

    [Fact]
    public void A_file_not_yet_there_is_the_same_only_by_its_path()
    {
        var missing = _work.PathOf("new.cer");

        Assert.True(PhysicalFileSystem.Instance.IsSameFile(missing, missing));
        Assert.False(PhysicalFileSystem.Instance.IsSameFile(Write("a.cer"), missing));
    }

    [Fact]
    public void A_symbolic_link_is_the_file_it_points_to()
    {
        var file = Write("a.cer");
        var link = _work.PathOf("link.cer");
        File.CreateSymbolicLink(link, file);

        Assert.True(PhysicalFileSystem.Instance.IsSameFile(file, link));
    }

    [Fact]
    public void Two_files_are_two_files()
    {
        Assert.False(PhysicalFileSystem.Instance.IsSameFile(Write("a.cer"), Write("b.cer")));
    }
}

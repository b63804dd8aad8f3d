using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Tests.FileSystem;

public sealed class LongPathTests
{
    private static readonly string Deep = string.Join(@"\", Enumerable.Repeat("en meget lang mappe æøå", 12));

    [Fact]
    public void Long_drive_paths_get_the_extended_prefix()
    {
        Assert.Equal(@"\\?\C:\" + Deep + @"\Testfirma.cer", LongPath.ToExtended(@"C:\" + Deep + @"\Testfirma.cer"));
    }

    [Fact]
    public void Long_UNC_paths_get_the_extended_UNC_prefix()
    {
        Assert.Equal(@"\\?\UNC\server\share\" + Deep, LongPath.ToExtended(@"\\server\share\" + Deep));
    }

    [Theory]
    [InlineData(@"C:\Certifikater\Testfirma.cer")]
    [InlineData(@"\\?\C:\already\prefixed")]
    public void Short_or_prefixed_paths_are_left_alone(string path)
    {
        Assert.Equal(path, LongPath.ToExtended(path));
    }
}

namespace AltIdShell.TestSupport;

/// <summary>Where the test data lives: the repository, and the shared real OCES corpus beside it.</summary>
public static class Fixtures
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared/fixtures/real-oces beside the checkout; null where it is absent.</summary>
    public static string? RealOcesDirectory
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures", "real-oces"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AltIdShell.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("AltIdShell.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace AltIdShell.TestSupport;

/// <summary>
/// Theory data over the six real OCES files. Tests using it carry the RealOces trait; tests/run-all.sh leaves
/// them out (and says so) only where ../shared/fixtures/real-oces is absent.
/// </summary>
public static class RealOcesData
{
    public const string Trait = "RealOces";

    /// <summary>Member data: one row per fixture, its file name.</summary>
    public static IEnumerable<object[]> Fixtures() => RealFixture.All.Select(f => new object[] { f.FileName });

    public static RealFixture Get(string fileName) =>
        RealFixture.All.Single(f => f.FileName == fileName) is { Path: not null } fixture
            ? fixture
            : throw new InvalidOperationException("../shared/fixtures/real-oces is not beside the checkout");
}

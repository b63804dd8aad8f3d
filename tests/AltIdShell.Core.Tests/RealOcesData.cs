using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests;

/// <summary>
/// Theory data over the six real OCES files. Tests using it carry the RealOces trait; tests/run-all.sh leaves
/// them out (and says so) only where ../shared/fixtures/real-oces is absent.
/// </summary>
public static class RealOcesData
{
    public const string Trait = "RealOces";

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in RealFixture.All)
            data.Add(fixture.FileName);
        return data;
    }

    public static RealFixture Get(string fileName) =>
        RealFixture.All.Single(f => f.FileName == fileName) is { Path: not null } fixture
            ? fixture
            : throw new InvalidOperationException("../shared/fixtures/real-oces is not beside the checkout");
}

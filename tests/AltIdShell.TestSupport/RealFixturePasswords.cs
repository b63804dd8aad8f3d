namespace AltIdShell.TestSupport;

/// <summary>
/// The passwords of the real OCES fixtures, read from the table in ../shared/fixtures/real-oces/README.md: the files
/// come with it, so it is the one place they are written (tests/scripts/real-oces.sh reads the same table).
/// </summary>
public static class RealFixturePasswords
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Table = new(Read);

    public static string For(string fileName) =>
        Table.Value.TryGetValue(fileName, out var password)
            ? password
            : throw new InvalidOperationException($"{fileName} has no row in the real-oces README's table");

    private static IReadOnlyDictionary<string, string> Read()
    {
        var dir = Fixtures.RealOcesDirectory ?? throw new InvalidOperationException("../shared/fixtures/real-oces is absent");
        // A row: | file | `password` | …
        return File.ReadLines(Path.Combine(dir, "README.md"))
            .Select(line => line.Split('|'))
            .Where(cells => cells.Length > 3 && cells[0].Length == 0 && cells[2].Trim().StartsWith("`", StringComparison.Ordinal))
            .ToDictionary(cells => cells[1].Trim(), cells => cells[2].Trim().Trim('`'), StringComparer.Ordinal);
    }
}

namespace AltIdShell.Setup.Generator;

/// <summary>One table of an MSI as `msiinfo export` prints it: column names, column types, table name and keys, rows.</summary>
public sealed class MsiTable
{
    private MsiTable(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) => Rows = rows;

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public static MsiTable Parse(string exported)
    {
        var lines = exported.Replace("\r\n", "\n").Split('\n');
        var columns = lines[0].Split('\t');
        var rows = lines.Skip(3).Where(l => l.Length > 0)
            .Select(l => (IReadOnlyDictionary<string, string>)columns.Zip(l.Split('\t'), (c, v) => (c, v)).ToDictionary(p => p.c, p => p.v))
            .ToList();
        return new MsiTable(rows);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AltIdShell.Desktop.Export;

/// <summary>
/// How a batch's files are named to a person: by file name, and by full path where two files of the batch share a
/// name (Testfirma.p12 from two customers' folders), so a message says which one it is about.
/// </summary>
public static class BatchNames
{
    public static IReadOnlyList<string> For(IReadOnlyList<string> paths)
    {
        var names = paths.Select(path => Path.GetFileName(path)).ToList();
        var shared = new HashSet<string>(
            names.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key),
            StringComparer.OrdinalIgnoreCase);
        return paths.Select((path, i) => shared.Contains(names[i]) ? Path.GetFullPath(path) : names[i]).ToList();
    }
}

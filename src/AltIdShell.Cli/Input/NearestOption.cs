using System;
using System.Collections.Generic;
using System.Linq;

namespace AltIdShell.Cli.Input;

/// <summary>The known option a mistyped one was most likely meant to be ("--outt" → "--out"), if any is close.</summary>
internal static class NearestOption
{
    // Two edits catch a doubled, dropped or swapped letter and a missing hyphen; more would suggest at random.
    private const int MostEdits = 2;

    public static string? To(string typed, IEnumerable<string> known) =>
        known.Select(name => (Name: name, Distance: Distance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance <= MostEdits)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>Levenshtein distance: the fewest single-character insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}

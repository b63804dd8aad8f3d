using System.Text.RegularExpressions;
using Xunit;

namespace AltIdShell.TestSupport;

/// <summary>
/// The administrator's guides, docs/vejledning.md (Danish) and docs/guide.md (English), each with its page of reasons
/// (docs/aarsager.md, docs/reasons.md), read for the tests that keep them quoting what AltIdShell really says.
/// </summary>
public static class AdministratorGuides
{
    public const string DanishName = "docs/vejledning.md";
    public const string EnglishName = "docs/guide.md";
    public const string DanishReasonsName = "docs/aarsager.md";
    public const string EnglishReasonsName = "docs/reasons.md";

    private static readonly Lazy<string> DanishText = new(() => Read(DanishName) + "\n" + Read(DanishReasonsName));
    private static readonly Lazy<string> EnglishText = new(() => Read(EnglishName) + "\n" + Read(EnglishReasonsName));

    /// <summary>The Danish guide and its reasons page as written, line breaks and all.</summary>
    public static string Danish => DanishText.Value;
    public static string English => EnglishText.Value;

    public static string PathOf(string name) => Path.Combine(Fixtures.RepositoryRoot, name);

    /// <summary>
    /// Asserts that the guide quotes <paramref name="shown"/> word for word, line breaks aside, where each of
    /// <paramref name="variables"/> (a day count, a date) that occurs in it may stand as a placeholder of up to
    /// 12 characters without spaces: N, ÅÅÅÅ-MM-DD, YYYY-MM-DD.
    /// </summary>
    public static void AssertQuotes(string guideName, string guide, string shown, params string[] variables)
    {
        var parts = variables.Length == 0
            ? new[] { Normalised(shown) }
            : Regex.Split(Normalised(shown), string.Join("|", variables.Select(Regex.Escape)));
        var pattern = string.Join(@"[^\s|`]{1,12}", parts.Select(Regex.Escape));
        Assert.True(Regex.IsMatch(Normalised(guide), pattern),
            $"{guideName} does not quote what AltIdShell shows: \"{shown}\" (where {string.Join(", ", variables)} may be a placeholder)");
    }

    /// <summary>Whitespace runs as one space, so that a sentence wrapped over lines reads as one.</summary>
    public static string Normalised(string text) => Regex.Replace(text, @"\s+", " ");

    private static string Read(string name) => File.ReadAllText(PathOf(name));
}

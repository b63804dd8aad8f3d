using System.Text.RegularExpressions;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Docs;

/// <summary>
/// The README and docs/ back their claims with the names of the tests that check them (`PipeProtocolTests`,
/// `HostileInputTests.A_huge_declared_length_is_corrupt`). A test renamed or removed would leave a claim that looks
/// checked and is not, so every cited test class, test method (also as `…Method_name`) and test project must exist.
/// </summary>
public partial class CitedTestsTests
{
    public static TheoryData<string> Documents() =>
        new(new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal)));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_test_a_document_cites_exists(string document)
    {
        var text = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, document));
        var missing = Citation().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(ShortCitation().Matches(text).Select(m => "…" + m.Groups[1].Value))
            .Distinct().Where(c => !TestSource.Has(c)).ToList();
        Assert.True(missing.Count == 0, document + " cites tests that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_citation_of_a_test_that_does_not_exist_is_found()
    {
        Assert.True(TestSource.Has("PipeProtocolTests.A_frame_cut_short_is_refused"));
        Assert.True(TestSource.Has("Cli.Tests.PasswordSecrecyTests"));
        Assert.True(TestSource.Has("AltIdShell.Core.Tests"));
        Assert.False(TestSource.Has("PipeProtocolTests.A_frame_cut_long_is_refused"));
        Assert.False(TestSource.Has("NoSuchTests"));
        Assert.False(TestSource.Has("AltIdShell.Nothing.Tests"));
        Assert.True(TestSource.Has("…A_frame_cut_short_is_refused"));
        Assert.False(TestSource.Has("…A_frame_cut_long_is_refused"));
    }

    // `Name`, `Namespace.NameTests`, `NameTests.Method_name`: a code span whose last or second-to-last part ends in Tests.
    [GeneratedRegex(@"`((?:[A-Za-z0-9]+\.)*[A-Za-z0-9]*Tests(?:\.[A-Za-z0-9_]+)?)`")]
    private static partial Regex Citation();

    // `…Method_name`: a test method cited after its class was named nearby.
    [GeneratedRegex(@"`…([A-Za-z0-9]+_[A-Za-z0-9_]+)`")]
    private static partial Regex ShortCitation();

    /// <summary>The test sources as text: which classes each file declares and which methods.</summary>
    private static class TestSource
    {
        private static readonly Lazy<IReadOnlyList<string>> Files = new(() =>
            Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .Select(File.ReadAllText).ToList());

        public static bool Has(string citation)
        {
            if (citation.StartsWith("…", StringComparison.Ordinal))
                return Files.Value.Any(f => Regex.IsMatch(f, @"\b(void|Task) " + citation.Substring(1) + @"\("));
            if (citation.StartsWith("AltIdShell.", StringComparison.Ordinal))
                return Directory.Exists(Path.Combine(Fixtures.RepositoryRoot, "tests", citation));
            var parts = citation.Split('.');
            var classIndex = Array.FindLastIndex(parts, p => p.EndsWith("Tests", StringComparison.Ordinal));
            var declaring = Files.Value.Where(f => Regex.IsMatch(f, @"\bclass " + parts[classIndex] + @"\b")).ToList();
            if (classIndex == parts.Length - 1)
                return declaring.Count > 0;
            return declaring.Any(f => Regex.IsMatch(f, @"\b(void|Task) " + parts[classIndex + 1] + @"\("));
        }
    }
}

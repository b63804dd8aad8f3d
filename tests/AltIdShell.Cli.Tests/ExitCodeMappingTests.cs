using System.Text.RegularExpressions;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>Every error kind and every outcome that stops an export has its exit code, and the CLI reference (docs/cli.md) lists each code.</summary>
public sealed class ExitCodeMappingTests
{
    private static readonly LocalizedText Text = new("tekst", "text");

    /// <summary>One of each outcome that stops an export, with the code a script sees for it.</summary>
    private static readonly Dictionary<Type, (ExportAttempt.Stopped Example, int Code)> Outcomes = new()
    {
        [typeof(ExportAttempt.WrongPassword)] = (new ExportAttempt.WrongPassword(Text), ExitCodes.WrongPassword),
        [typeof(ExportAttempt.ChooseCertificate)] = (new ExportAttempt.ChooseCertificate(new[] { SampleResults.Summary() }, Text), ExitCodes.CertificateChoice),
        [typeof(ExportAttempt.FileInTheWay)] = (new ExportAttempt.FileInTheWay("/ud/Firma.cer", mayReplace: false, Text), ExitCodes.OutputExists),
        [typeof(ExportAttempt.Failed)] = (new ExportAttempt.Failed(ExportErrorKind.Corrupt, Text), ExitCodes.NotReadable),
    };

    public static TheoryData<ExportErrorKind> Kinds() => new(Enum.GetValues<ExportErrorKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_error_kind_has_a_code_the_CLI_reference_documents(ExportErrorKind kind)
    {
        var code = ExitCodes.For(kind);

        Assert.NotEqual(ExitCodes.Success, code);
        Assert.Contains(code, DocumentedCodes());
    }

    [Fact]
    public void Every_outcome_that_stops_an_export_has_its_code()
    {
        var stopping = typeof(ExportAttempt).GetNestedTypes()
            .Where(t => t.IsSubclassOf(typeof(ExportAttempt.Stopped)) && !t.IsAbstract)
            .ToList();

        Assert.Equal(stopping.OrderBy(t => t.Name), Outcomes.Keys.OrderBy(t => t.Name));
        Assert.All(Outcomes.Values, o => Assert.Equal(o.Code, ExitCodes.For(o.Example)));
    }

    [Fact]
    public void Every_code_the_CLI_returns_is_documented()
    {
        var codes = typeof(ExitCodes).GetFields().Where(f => f.IsLiteral).Select(f => (int)f.GetRawConstantValue()!);

        Assert.All(codes, code => Assert.Contains(code, DocumentedCodes()));
    }

    private static HashSet<int> DocumentedCodes()
    {
        var reference = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "cli.md"));
        return Regex.Matches(reference, @"^\| (\d+) \|", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
    }
}

namespace AltIdShell.Cli.Tests;

/// <summary>Help, usage and parse errors follow the UI language like everything else altid-export says.</summary>
public sealed class HelpAndUsageTests
{
    [Theory]
    [InlineData("da_DK.UTF-8", "Beskrivelse:", "Brug:", "Argumenter:", "Tilvalg:", "Exitkoder:", "Vis hjælp.", "altid-export export <FIL>... [tilvalg]", "--out <MAPPE>")]
    [InlineData("en_GB.UTF-8", "Description:", "Usage:", "Arguments:", "Options:", "Exit codes:", "Show help and usage information.", "altid-export export <FILE>... [options]", "--out <DIR>")]
    public void Help_is_in_the_UI_language(string language, params string[] expected)
    {
        var result = CliRunner.Run(new[] { "export", "--help" }, language: language);

        Assert.Equal(0, result.ExitCode);
        foreach (var text in expected)
            Assert.Contains(text, result.Stdout);
    }

    [Fact]
    public void Danish_help_has_no_English_titles()
    {
        var result = CliRunner.Run(new[] { "--help" }, language: "da_DK.UTF-8");

        Assert.Contains("Kommandoer:", result.Stdout);
        Assert.DoesNotContain("Usage", result.Stdout);
        Assert.DoesNotContain("Options", result.Stdout);
        Assert.DoesNotContain("Show ", result.Stdout);
    }

    [Theory]
    [InlineData(new string[0], "Angiv en kommando: export, inspect eller store")]
    [InlineData(new[] { "export" }, "Angiv filen: altid-export export FIL")]
    [InlineData(new[] { "inspect", "x.p12", "--out" }, "Argument 3 er ikke et tilvalg")]
    [InlineData(new[] { "export", "x.p12", "--outt", "x" }, "Argument 3 er ikke et tilvalg, som altid-export export kender. Mente du --out?")]
    [InlineData(new[] { "store" }, "Angiv store list eller store export (se altid-export store --help).")]
    [InlineData(new[] { "store", "export", "ABCDEF", "--keep-both", "--replace" }, "--keep-both og --replace kan ikke bruges sammen.")]
    [InlineData(new[] { "export", "x.p12", "--out" }, "--out skal have præcis én værdi")]
    [InlineData(new[] { "export", "--keep-both", "--replace", "x.p12" }, "--keep-both og --replace kan ikke bruges sammen.")]
    public void Parse_errors_are_in_Danish_and_exit_1(string[] arguments, string expected)
    {
        var result = CliRunner.Run(arguments, language: "da_DK.UTF-8");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.DoesNotContain("Required", result.All);
        Assert.DoesNotContain(" was ", result.All);
    }

    [Fact]
    public void Nothing_asked_shows_the_help_and_says_a_command_is_missing()
    {
        var result = CliRunner.Run(Array.Empty<string>(), language: "da_DK.UTF-8");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Kommandoer:", result.Stdout);
        Assert.Contains("Angiv en kommando", result.Stderr);
    }

    [Fact]
    public void Help_says_what_each_exit_code_means()
    {
        var help = CliRunner.Run(new[] { "--help" }).Stdout;

        var codes = typeof(ExitCodes).GetFields().Where(f => f.IsLiteral).Select(f => (int)f.GetRawConstantValue()!).ToList();
        Assert.Equal(codes.Order(), ExitCodes.Described.Select(e => e.Code).Order());
        foreach (var (code, text) in ExitCodes.Described)
            Assert.Matches("\n  " + code + " +" + System.Text.RegularExpressions.Regex.Escape(text.English) + "\n", help);
    }
}

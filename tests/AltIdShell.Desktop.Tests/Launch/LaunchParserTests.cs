using System.Text;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Launch;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.Tests.Launch;

public class LaunchParserTests
{
    /// <summary>Standard input as the tray reads it: bytes, decoded by the handler's own SelectionHandoff.</summary>
    private static LaunchRequest Parse(string[] args, string? stdin = null) =>
        LaunchParser.Parse(args, stdin == null ? null : SelectionHandoff.Read(new MemoryStream(Encoding.UTF8.GetBytes(stdin))), PathStyle.Windows, _ => true);

    [Fact]
    public void No_arguments_and_no_input_starts_the_tray()
    {
        Assert.Equal(LaunchKind.Show, Parse(Array.Empty<string>()).Kind);
        Assert.Equal(LaunchKind.Show, Parse(Array.Empty<string>(), "").Kind);
    }

    [Fact]
    public void Background_option_starts_without_a_window() =>
        Assert.Equal(LaunchKind.Background, Parse(new[] { LaunchParser.BackgroundOption }).Kind);

    [Fact]
    public void Paths_on_the_command_line_are_exported()
    {
        var request = Parse(new[] { @"C:\a\One.p12", @"C:\a\Two.pfx" });
        Assert.Equal(LaunchKind.Export, request.Kind);
        Assert.Equal(new[] { @"C:\a\One.p12", @"C:\a\Two.pfx" }, request.Paths);
    }

    [Fact]
    public void Paths_on_standard_input_one_per_line_with_BOM_CRLF_and_blank_lines()
    {
        var request = Parse(Array.Empty<string>(), "\uFEFFC:\\a\\Én firma.p12\r\n\r\nC:\\a\\Two.pfx\r\n");
        Assert.Equal(LaunchKind.Export, request.Kind);
        Assert.Equal(new[] { @"C:\a\Én firma.p12", @"C:\a\Two.pfx" }, request.Paths);
    }

    [Fact]
    public void Standard_input_is_ignored_when_arguments_are_given() =>
        Assert.Equal(new[] { @"C:\a\One.p12" }, Parse(new[] { @"C:\a\One.p12" }, @"C:\a\Two.p12").Paths);

    [Fact]
    public void The_same_file_twice_is_exported_once() =>
        Assert.Single(Parse(new[] { @"C:\a\One.p12", @"c:\A\one.P12" }).Paths);

    [Fact]
    public void A_notification_uri_activates()
    {
        var uri = ActivationUri.Build(ActivationAction.CopyPath, @"C:\a\One.cer");
        var request = Parse(new[] { uri });
        Assert.Equal(LaunchKind.Activate, request.Kind);
        Assert.Equal(uri, request.Uri);
    }

    [Theory]
    [InlineData("altidshell:format-disk?path=C%3A%5Cx.cer")]
    [InlineData("--password=secret")]
    [InlineData("relative.p12")]
    [InlineData(@"C:\a\notes.txt")]
    public void Anything_else_is_invalid_and_says_why(string arg)
    {
        var request = Parse(new[] { arg });
        Assert.Equal(LaunchKind.Invalid, request.Kind);
        Assert.False(string.IsNullOrEmpty(request.Problem?.Danish));
        Assert.False(string.IsNullOrEmpty(request.Problem?.English));
        Assert.Empty(request.Paths);
    }

    [Theory]
    [InlineData("--password=secret")]
    [InlineData("relative.p12")]
    public void A_person_is_told_why_an_argument_is_refused(string arg) =>
        Assert.True(Parse(new[] { arg }).TellsUser);

    [Theory]
    [InlineData("altidshell:format-disk?path=C%3A%5Cx.cer")]
    [InlineData("altidshell:copy-path?path=C%3A%5Cx.cer", LaunchParser.BackgroundOption)]
    [InlineData("ALTIDSHELL:open-folder?path=C%3A%5Cx.cer\"", @"C:\a\One.p12")]
    public void A_refused_URI_start_is_silent_whatever_a_web_page_split_it_into(params string[] args)
    {
        var request = Parse(args);
        Assert.Equal(LaunchKind.Invalid, request.Kind);
        Assert.False(request.TellsUser);
    }

    [Fact]
    public void Explorer_hands_the_paths_over_through_the_pipe_it_names()
    {
        var pipe = SelectionHandoff.NewPipeName();
        var args = new[] { SelectionHandoff.PipeOption, pipe };
        Assert.Equal(pipe, LaunchParser.HandoffPipe(args));
        var request = LaunchParser.Parse(args, new[] { @"C:\a\One.p12" }, PathStyle.Windows, _ => true);
        Assert.Equal(LaunchKind.Export, request.Kind);
        Assert.Equal(new[] { @"C:\a\One.p12" }, request.Paths);
    }

    [Fact]
    public void Explorer_asks_for_a_check_with_check_before_the_pipe()
    {
        var pipe = SelectionHandoff.NewPipeName();
        var args = SelectionHandoff.Arguments(pipe, check: true).Split(' ');
        Assert.Equal(new[] { "--check", "--handoff", pipe }, args);
        Assert.Equal(pipe, LaunchParser.HandoffPipe(args));
        var request = LaunchParser.Parse(args, new[] { @"C:\a\Firma.cer", @"C:\a\Kæde.p7b", @"C:\a\pem.CRT" }, PathStyle.Windows, _ => true);
        Assert.Equal(LaunchKind.Check, request.Kind);
        Assert.Equal(new[] { @"C:\a\Firma.cer", @"C:\a\Kæde.p7b", @"C:\a\pem.CRT" }, request.Paths);
        Assert.Equal(new[] { "--handoff", pipe }, SelectionHandoff.Arguments(pipe, check: false).Split(' '));
    }

    [Fact]
    public void A_check_takes_only_certificates_without_a_key_and_an_export_only_key_files()
    {
        var pipe = SelectionHandoff.NewPipeName();
        Assert.Equal(LaunchKind.Invalid, LaunchParser.Parse(new[] { "--check", "--handoff", pipe }, new[] { @"C:\a\Firma.p12" }, PathStyle.Windows, _ => true).Kind);
        Assert.Equal(LaunchKind.Invalid, LaunchParser.Parse(new[] { "--handoff", pipe }, new[] { @"C:\a\Firma.cer" }, PathStyle.Windows, _ => true).Kind);
        Assert.Equal(LaunchKind.Invalid, LaunchParser.Parse(new[] { "--check", "--handoff", pipe }, new[] { @"C:\a\gone.cer" }, PathStyle.Windows, _ => false).Kind);
    }

    [Fact]
    public void Check_on_the_command_line_checks_those_files()
    {
        var request = Parse(new[] { "--check", @"C:\a\Firma.cer", @"C:\a\FIRMA.CER" });
        Assert.Equal(LaunchKind.Check, request.Kind);
        Assert.Equal(new[] { @"C:\a\Firma.cer" }, request.Paths);
        Assert.Equal(LaunchKind.Invalid, Parse(new[] { "--check" }).Kind);
        Assert.Equal(LaunchKind.Invalid, Parse(new[] { "--check", "--exit" }).Kind);
        Assert.Equal(LaunchKind.Invalid, Parse(new[] { @"C:\a\Firma.cer" }).Kind);
    }

    [Fact]
    public void A_hand_over_that_did_not_arrive_is_said_to_the_person_who_clicked()
    {
        var request = LaunchParser.Parse(new[] { SelectionHandoff.PipeOption, SelectionHandoff.NewPipeName() }, null, PathStyle.Windows, _ => true);
        Assert.Equal(LaunchKind.Invalid, request.Kind);
        Assert.True(request.TellsUser);
    }

    [Theory]
    [InlineData("--handoff")]
    [InlineData("--handoff", @"\\server\pipe\evil")]
    [InlineData("--handoff", "AltIdShell.Handoff.x", "C:\\a\\One.p12")]
    public void A_pipe_name_not_of_the_handlers_making_is_never_opened(params string[] args)
    {
        Assert.Null(LaunchParser.HandoffPipe(args));
        Assert.Equal(LaunchKind.Invalid, LaunchParser.Parse(args, new[] { @"C:\a\One.p12" }, PathStyle.Windows, _ => true).Kind);
    }

    [Fact]
    public void The_installer_asks_the_running_tray_to_exit() =>
        Assert.Equal(LaunchKind.Exit, Parse(new[] { "--exit" }).Kind);

    [Fact]
    public void One_bad_path_refuses_the_whole_request() =>
        Assert.Equal(LaunchKind.Invalid, Parse(Array.Empty<string>(), "C:\\a\\One.p12\nC:\\a\\evil.exe\n").Kind);

    [Fact]
    public void Too_many_paths_are_refused_in_words_with_the_count_and_the_limit()
    {
        var lines = string.Join("\n", Enumerable.Range(0, HandoffLimits.MaxPaths + 1).Select(i => $@"C:\a\{i}.p12"));

        var request = Parse(Array.Empty<string>(), lines);

        Assert.Equal(LaunchKind.Invalid, request.Kind);
        Assert.Equal("1.025 filer er valgt; AltIdShell tager højst 1.024 ad gangen", request.Problem?.Danish);
        Assert.Equal("1,025 files are selected; AltIdShell takes at most 1,024 at a time", request.Problem?.English);
    }

    [Fact]
    public void A_refused_path_is_said_in_both_languages_with_the_path_escaped()
    {
        var request = Parse(new[] { "C:\\a\\Firma\u202Etxt.exe" });

        Assert.Equal("ikke en .p12/.pfx-fil: C:\\a\\Firma" + DisplayText.Escape("\u202E") + "txt.exe", request.Problem?.Danish);
        Assert.StartsWith("not a .p12/.pfx file: ", request.Problem?.English);
        Assert.DoesNotContain("\u202E", request.Problem?.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_named_without_its_value_which_may_be_a_password()
    {
        var request = Parse(new[] { "--password=Hemmelig2026", @"C:\a\One.p12" });

        Assert.Equal("ukendt tilvalg --password", request.Problem?.Danish);
        Assert.DoesNotContain("Hemmelig2026", request.Problem?.English);
    }

    [Fact]
    public void Every_refused_path_has_its_own_words()
    {
        var refusals = Enum.GetValues(typeof(PathRejection)).Cast<PathRejection>().Where(r => r != PathRejection.None);

        var texts = refusals.Select(r => LaunchProblemText.For(r, @"C:\a\x.txt", ProductIdentity.CertificateExtensions)).ToList();

        Assert.Equal(texts.Count, texts.Select(t => t.Danish).Distinct().Count());
        Assert.Equal(texts.Count, texts.Select(t => t.English).Distinct().Count());
    }

    [Fact]
    public void A_selection_of_a_thousand_files_from_Explorer_is_taken_whole()
    {
        var paths = Enumerable.Range(0, 1000).Select(i => $@"C:\Users\Åse\Certifikater med et langt navn\{i:D4} Testfirma systemcertifikat.p12").ToArray();
        var request = Parse(Array.Empty<string>(), Encoding.UTF8.GetString(SelectionHandoff.Encode(paths)));
        Assert.Equal(LaunchKind.Export, request.Kind);
        Assert.Equal(paths, request.Paths);
    }
}

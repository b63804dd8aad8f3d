using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Export;

public class ExportFlowTests
{
    /// <summary>An engine stand-in: each file has one password; optional conflicts and several leaves, as the real engine answers them.</summary>
    private sealed class FakeEngine
    {
        public Dictionary<string, string> Passwords { get; } = new();
        public HashSet<string> InTheWay { get; } = new();
        public HashSet<string> SeveralLeaves { get; } = new();
        public List<(string Path, string? Password, ExportChoices Choices)> Requests { get; } = new();
        public Exception? Unexpected { get; set; }
        public Func<string, ExportAttempt?> Refuse { get; set; } = _ => null;

        public IExportFile Open(string path) => new FakeFile(this, path);

        private ExportAttempt Try(string path, string? password, ExportChoices choices)
        {
            Requests.Add((path, password, choices));
            if (Unexpected != null)
                throw Unexpected;
            if (Refuse(path) is { } refusal)
                return refusal;
            if (!Passwords.TryGetValue(path, out var right) || right != password)
                return new ExportAttempt.WrongPassword(Wrong);
            if (SeveralLeaves.Contains(path) && choices.SelectedSha256 == null)
                return new ExportAttempt.ChooseCertificate(new[] { SampleResults.Summary(name: "one"), SampleResults.Summary(name: "two") }, Several);
            var output = Path.ChangeExtension(path, ".cer");
            if (InTheWay.Contains(path) && choices.ExistingFile == ExistingFileChoice.Ask)
                return new ExportAttempt.FileInTheWay(output, mayReplace: true, InTheWayText);
            if (choices.ExistingFile == ExistingFileChoice.KeepBoth)
                output = output.Replace(".cer", " (2).cer");
            return new ExportAttempt.Exported(SampleResults.Result(output, choices.ExistingFile == ExistingFileChoice.Replace ? ExportOutcome.Replaced : ExportOutcome.Written));
        }

        private sealed class FakeFile(FakeEngine engine, string path) : IExportFile
        {
            public bool NeedsPassword => true;

            public ExportAttempt Try(string? password, ExportChoices choices, CancellationToken cancellation, IProgress<double>? progress) =>
                engine.Try(path, password, choices);
        }
    }

    private static readonly LocalizedText Wrong = new("Adgangskoden er forkert.", "The password is wrong.");
    private static readonly LocalizedText Several = new("To certifikater.", "Two certificates.");
    private static readonly LocalizedText InTheWayText = new("En anden fil.", "Another file.");

    private static async Task<IReadOnlyList<ExportResult>> Run(FakeEngine engine, ScriptedUi ui, params string[] files) =>
        Results(await new ExportFlow(engine.Open, ui, ExportFlow.DefaultAttemptLimit).RunAsync(files));

    private static IReadOnlyList<ExportResult> Results(IReadOnlyList<ExportAttempt> done) =>
        done.Select(d => ((ExportAttempt.Exported)d).Result).ToList();

    [Fact]
    public async Task A_wrong_password_keeps_the_prompt_open_and_says_so()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "right" } };
        var ui = new ScriptedUi("wrong", "right");

        var results = await Run(engine, ui, "/a.p12");

        Assert.Single(ui.Prompts);
        Assert.Equal(new[] { Wrong.English }, ui.Complaints);
        Assert.Equal("/a.cer", Assert.Single(results).OutputPath);
        Assert.Single(ui.Reported);
    }

    [Fact]
    public async Task Cancelling_the_prompt_ends_the_batch_and_writes_nothing()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw", ["/b.p12"] = "pw" } };
        var ui = new ScriptedUi(new string?[] { null });

        var results = await Run(engine, ui, "/a.p12", "/b.p12");

        Assert.Empty(results);
        Assert.Single(ui.Prompts);
        Assert.Empty(engine.Requests);
    }

    [Fact]
    public async Task Each_file_gets_its_own_prompt_numbered_in_the_batch()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pa", ["/b.p12"] = "pb" } };
        var ui = new ScriptedUi("pa", "pb");

        var results = await Run(engine, ui, "/a.p12", "/b.p12");

        Assert.Equal(2, results.Count);
        Assert.Equal(new[] { (1, 2, 1), (2, 2, 0) }, ui.Prompts.Select(p => (p.Position, p.Count, p.Remaining)));
    }

    [Fact]
    public async Task The_shared_password_is_used_for_the_remaining_files_without_asking()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw", ["/b.p12"] = "pw", ["/c.p12"] = "pw" } };
        var ui = new ScriptedUi("pw") { Tick = _ => true };

        var results = await Run(engine, ui, "/a.p12", "/b.p12", "/c.p12");

        Assert.Equal(3, results.Count);
        Assert.Single(ui.Prompts);
    }

    [Fact]
    public async Task A_file_the_shared_password_does_not_open_is_asked_for_saying_why()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw", ["/b.p12"] = "other", ["/c.p12"] = "pw" } };
        var ui = new ScriptedUi("pw", "other") { Tick = p => p.Position == 1 };

        var results = await Run(engine, ui, "/a.p12", "/b.p12", "/c.p12");

        Assert.Equal(3, results.Count);
        Assert.Equal(new[] { false, true }, ui.Prompts.Select(p => p.SharedPasswordFailed));
        Assert.Equal("/b.p12", ui.Prompts[1].SourcePath);
    }

    [Fact]
    public async Task Ticking_again_on_a_later_file_makes_its_password_the_shared_one()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw", ["/b.p12"] = "other", ["/c.p12"] = "other" } };
        var ui = new ScriptedUi("pw", "other") { Tick = _ => true };

        Assert.Equal(3, (await Run(engine, ui, "/a.p12", "/b.p12", "/c.p12")).Count);
        Assert.Equal(2, ui.Prompts.Count);
    }

    [Fact]
    public async Task Without_the_tick_every_file_is_asked_for()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw", ["/b.p12"] = "pw" } };
        var ui = new ScriptedUi("pw", "pw");

        await Run(engine, ui, "/a.p12", "/b.p12");

        Assert.Equal(2, ui.Prompts.Count);
    }

    [Theory]
    [InlineData(ExistingFileChoice.KeepBoth, "/a (2).cer", ExportOutcome.Written)]
    [InlineData(ExistingFileChoice.Replace, "/a.cer", ExportOutcome.Replaced)]
    public async Task A_different_cer_in_the_way_is_asked_about(ExistingFileChoice answer, string expectedPath, ExportOutcome expectedOutcome)
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw" }, InTheWay = { "/a.p12" } };
        var ui = new ScriptedUi("pw") { ExistingFileAnswer = answer };

        var result = Assert.Single(await Run(engine, ui, "/a.p12"));

        Assert.Equal(new[] { "/a.cer" }, ui.ExistingFileQuestions.Select(q => q.ExistingPath));
        Assert.Equal(expectedPath, result.OutputPath);
        Assert.Equal(expectedOutcome, result.Outcome);
        Assert.Equal("pw", engine.Requests[^1].Password);
        Assert.Equal(answer, engine.Requests[^1].Choices.ExistingFile);
    }

    [Fact]
    public async Task Cancelling_the_existing_file_question_skips_only_that_file()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw", ["/b.p12"] = "pw" }, InTheWay = { "/a.p12" } };
        var ui = new ScriptedUi("pw", "pw") { ExistingFileAnswer = null };

        var results = await Run(engine, ui, "/a.p12", "/b.p12");

        Assert.Equal("/b.cer", Assert.Single(results).OutputPath);
        Assert.Empty(ui.Errors);
    }

    [Fact]
    public async Task Several_leaves_let_the_user_choose_which_one()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw" }, SeveralLeaves = { "/a.p12" } };
        var ui = new ScriptedUi("pw") { Choose = c => c[1].Sha256Fingerprint };

        Assert.Single(await Run(engine, ui, "/a.p12"));

        Assert.Equal(new[] { 2 }, ui.ChoiceQuestions);
        Assert.Equal(SampleResults.Summary().Sha256Fingerprint, engine.Requests[^1].Choices.SelectedSha256);
    }

    [Fact]
    public async Task Choosing_then_a_conflict_asks_both_and_keeps_both_answers()
    {
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = "pw" }, SeveralLeaves = { "/a.p12" }, InTheWay = { "/a.p12" } };
        var ui = new ScriptedUi("pw") { ExistingFileAnswer = ExistingFileChoice.Replace };

        Assert.Single(await Run(engine, ui, "/a.p12"));

        var last = engine.Requests[^1].Choices;
        Assert.NotNull(last.SelectedSha256);
        Assert.Equal(ExistingFileChoice.Replace, last.ExistingFile);
    }

    [Fact]
    public async Task Other_failures_are_shown_and_the_batch_goes_on()
    {
        var damaged = new ExportAttempt.Failed(ExportErrorKind.Corrupt, new LocalizedText("Filen er beskadiget (MAC).", "The file is damaged or truncated (MAC)."));
        var engine = new FakeEngine { Passwords = { ["/b.p12"] = "pw" }, Refuse = path => path == "/a.p12" ? damaged : null };
        var ui = new ScriptedUi("pw", "pw");

        var results = await Run(engine, ui, "/a.p12", "/b.p12");

        Assert.Single(results);
        Assert.StartsWith("The file is damaged or truncated", Assert.Single(ui.Errors));
        Assert.Same(damaged, ui.Failures[0].Outcome);
    }

    [Fact]
    public async Task A_failure_shown_after_the_password_was_accepted_never_shows_the_password()
    {
        const string secret = "Hemmelig-Ærø-7731";
        var engine = new FakeEngine { Passwords = { ["/a.p12"] = secret }, InTheWay = { "/a.p12" } };
        var ui = new ScriptedUi(secret) { CanAskQuestions = false };

        Assert.Empty(await Run(engine, ui, "/a.p12"));

        var failure = Assert.Single(ui.Failures);
        Assert.Equal(ExportErrorKind.OutputExists, failure.Outcome!.Kind);
        Assert.DoesNotContain(secret, failure.ToString());
    }

    [Fact]
    public async Task An_unexpected_engine_exception_is_shown_not_thrown()
    {
        var engine = new FakeEngine { Unexpected = new NotImplementedException("not yet") };
        var ui = new ScriptedUi("pw");

        Assert.Empty(await Run(engine, ui, "/a.p12"));

        Assert.Equal("An unexpected error occurred: not yet", Assert.Single(ui.Errors));
    }
}

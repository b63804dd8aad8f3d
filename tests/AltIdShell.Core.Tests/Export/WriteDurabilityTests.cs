using AltIdShell.Core.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Export;

/// <summary>
/// Every call the exporter makes through the file-system seam fails in turn: once (disk full), from then on (the
/// drive is gone), or by the process being killed right after it, for a new file, keep both and replace.
/// Afterwards the folder holds exactly the old state or the complete new .cer, never a partial one; and the next
/// export leaves it exactly in the new state, with nothing temporary behind.
/// </summary>
public sealed class WriteDurabilityTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly byte[] New = Chain.Leaf.RawData;
    private static readonly byte[] Old = CertificateFactory.Oces3System(TestClock.Now, name: "Gammelt certifikat").Leaf.RawData;
    private static readonly byte[] Pfx = Pkcs12Factory.Build(Chain, "pw");
    private readonly WorkFolder _work = new("altid-durability-");

    public enum Scenario { NewFile, KeepBoth, Replace }

    public enum Fault { Once, FromThenOn, KilledAfter }

    public void Dispose() => _work.Dispose();

    public static TheoryData<Scenario, Fault> Cases()
    {
        var data = new TheoryData<Scenario, Fault>();
        foreach (var scenario in Enum.GetValues<Scenario>())
            foreach (var fault in Enum.GetValues<Fault>())
                data.Add(scenario, fault);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_call_failing_in_turn_leaves_the_old_state_or_the_complete_new_cer(Scenario scenario, Fault fault)
    {
        var healthy = new FaultyFileSystem((_, _) => null);
        Prepare(scenario);
        Export(healthy, scenario);
        Assert.Contains(nameof(FaultyFileSystem.WriteNewFile), healthy.Calls);

        for (var failing = 1; failing <= healthy.Calls.Count; failing++)
        {
            Prepare(scenario);
            var faulty = new FaultyFileSystem(Rule(fault, failing));
            var what = $"{fault} at call {failing} ({healthy.Calls[failing - 1]})";

            ExportAttempt? attempt = null;
            var error = Record.Exception(() => attempt = Attempt(faulty, scenario));

            if (attempt is ExportAttempt.Exported)
                Assert.True(Same(NewState(scenario), Files()), what + ": succeeded without the new state");
            else if (error is ProcessKilled)
                Assert.True(Same(OldState(scenario), Files()) || Same(NewState(scenario), Files()), what + ": killed in between states");
            else
            {
                Assert.True(attempt is ExportAttempt.Stopped, what + ": " + (error?.ToString() ?? attempt?.ToString()));
                Assert.True(Same(OldState(scenario), Files()), what + ": failed but changed the folder");
            }
            if (fault == Fault.Once)
                Assert.True(Temporaries().Length == 0, what + ": left a temporary file");

            // The next export, once whatever a dead process left is stale, finishes the job and tidies up.
            foreach (var temporary in Temporaries())
                File.SetLastWriteTimeUtc(temporary, DateTime.UtcNow.AddHours(-1));
            Export(new FaultyFileSystem((_, _) => null), scenario);
            Assert.True(Same(NewState(scenario), Files()), what + ": the next export did not reach the new state");
            Assert.True(Temporaries().Length == 0, what + ": the next export left a temporary file");
        }
    }

    [Fact]
    public void A_process_killed_between_write_and_rename_leaves_a_temporary_file_that_the_next_export_removes()
    {
        Prepare(Scenario.NewFile);
        var killed = false;
        var dying = new FaultyFileSystem((_, operation) =>
        {
            killed |= operation == nameof(FaultyFileSystem.MoveNoOverwrite);
            return killed ? new ProcessKilled() : null;
        });

        Assert.Throws<ProcessKilled>(() => Export(dying, Scenario.NewFile));
        var leftover = Assert.Single(Temporaries());
        Assert.Matches(@"^\.altid-[0-9a-f]{8}\.tmp$", Path.GetFileName(leftover));
        Assert.False(File.Exists(Target));

        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddMinutes(-11));
        var next = Export(new FaultyFileSystem((_, _) => null), Scenario.NewFile);

        Assert.Equal(ExportOutcome.Written, next.Outcome);
        Assert.Equal(Target, next.OutputPath);
        Assert.Equal(New, File.ReadAllBytes(Target));
        Assert.Empty(Temporaries());
    }

    [Fact]
    public void A_recent_temporary_file_may_be_another_exports_in_progress_and_is_neither_deleted_nor_taken_as_output()
    {
        Prepare(Scenario.NewFile);
        var inProgress = _work.PathOf(".altid-0123abcd.tmp");
        File.WriteAllBytes(inProgress, New.Take(10).ToArray());
        // "Recent" by the clock the writer reads, which the shifted-clock stage moves while the file system's stays.
        File.SetLastWriteTimeUtc(inProgress, DateTime.UtcNow);
        var unrelated = _work.PathOf(".altid-not-ours.tmp");
        File.WriteAllBytes(unrelated, new byte[] { 1 });
        File.SetLastWriteTimeUtc(unrelated, DateTime.UtcNow.AddDays(-1));

        var result = Export(new FaultyFileSystem((_, _) => null), Scenario.NewFile);

        Assert.Equal(Target, result.OutputPath);
        Assert.Equal(New, File.ReadAllBytes(Target));
        Assert.True(File.Exists(inProgress));
        Assert.True(File.Exists(unrelated));
    }

    private static Func<int, string, Exception?> Rule(Fault fault, int failing) => fault switch
    {
        Fault.Once => (call, _) => call == failing ? DiskFull() : null,
        Fault.FromThenOn => (call, _) => call >= failing ? DiskFull() : null,
        _ => (call, _) => call > failing ? new ProcessKilled() : null,
    };

    private static IOException DiskFull() => new("No space left on device", OperatingSystem.IsWindows() ? unchecked((int)0x80070070) : 28);

    private string Source => _work.PathOf("Testfirma.p12");
    private string Target => _work.PathOf("Testfirma.cer");

    private void Prepare(Scenario scenario)
    {
        foreach (var file in _work.Info.GetFiles())
            file.Delete();
        File.WriteAllBytes(Source, Pfx);
        if (scenario != Scenario.NewFile)
            File.WriteAllBytes(Target, Old);
    }

    private ExportResult Export(FaultyFileSystem fileSystem, Scenario scenario) => Attempt(fileSystem, scenario).Exported();

    private ExportAttempt Attempt(FaultyFileSystem fileSystem, Scenario scenario)
    {
        var choice = scenario switch
        {
            Scenario.KeepBoth => ExistingFileChoice.KeepBoth,
            Scenario.Replace => ExistingFileChoice.Replace,
            _ => ExistingFileChoice.Ask,
        };
        return new CertificateExporter(null, () => TestClock.Now, fileSystem).Export(new ExportCall(Source, "pw") with { ExistingFile = choice });
    }

    private static Dictionary<string, byte[]> OldState(Scenario scenario) => scenario == Scenario.NewFile
        ? new() { ["Testfirma.p12"] = Pfx }
        : new() { ["Testfirma.p12"] = Pfx, ["Testfirma.cer"] = Old };

    private static Dictionary<string, byte[]> NewState(Scenario scenario) => scenario switch
    {
        Scenario.KeepBoth => new() { ["Testfirma.p12"] = Pfx, ["Testfirma.cer"] = Old, ["Testfirma (2).cer"] = New },
        _ => new() { ["Testfirma.p12"] = Pfx, ["Testfirma.cer"] = New },
    };

    /// <summary>Every file but the temporary ones a killed process may leave, which no export takes for output.</summary>
    private Dictionary<string, byte[]> Files() => _work.Info.GetFiles()
        .Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
        .ToDictionary(f => f.Name, f => File.ReadAllBytes(f.FullName));

    private string[] Temporaries() => _work.Info.GetFiles("*.tmp").Select(f => f.FullName).ToArray();

    private static bool Same(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual) =>
        expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var bytes) && bytes.SequenceEqual(e.Value));
}

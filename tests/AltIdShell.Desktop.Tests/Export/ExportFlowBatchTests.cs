using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Desktop.Export;
using AltIdShell.TestSupport;

namespace AltIdShell.Desktop.Tests.Export;

/// <summary>The flow over the real engine where a batch's files meet each other, and where a person or Ctrl+C stops it.</summary>
public sealed class ExportFlowBatchTests : IDisposable
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly CertificateFactory.Chain Other = CertificateFactory.Oces3System(TestClock.Now, name: "Andet certifikat");
    private readonly WorkFolder _work = new("altid-batch-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Export_Firma_p12_and_Firma_cer_with_replace_leaves_the_pkcs12_named_cer_byte_for_byte()
    {
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, "pw"));
        var disguised = _work.Write("Firma.cer", Pkcs12Factory.Build(Other, "pw"));
        var before = File.ReadAllBytes(disguised);
        var ui = new ScriptedUi("pw") { Tick = _ => true, CanAskQuestions = false };

        var done = await new ExportFlow(TestExporter.Instance, ui, new ExportChoices { ExistingFile = ExistingFileChoice.Replace })
            .RunAsync(new[] { p12, disguised });

        Assert.Empty(done);
        Assert.Equal(before, File.ReadAllBytes(disguised));
        Assert.Equal(new[] { "Firma.cer", "Firma.p12" }, _work.Files());
        Assert.All(ui.Failures, f => Assert.Equal(ExportErrorKind.OutputIsInput, f.Outcome!.Kind));
        Assert.Equal(2, ui.Failures.Count);
    }

    [Fact]
    public async Task A_batch_never_says_nothing_was_written_about_a_file_it_wrote()
    {
        // Firma.cer is a certificate, and an input too: replacing it would have made its own export "nothing was written".
        var p12 = _work.Write("Firma.p12", Pkcs12Factory.Build(Chain, "pw"));
        var cer = _work.Write("Firma.cer", Other.Leaf.RawData);
        var ui = new ScriptedUi("pw") { CanAskQuestions = false };

        await new ExportFlow(TestExporter.Instance, ui, new ExportChoices { ExistingFile = ExistingFileChoice.Replace }).RunAsync(new[] { p12, cer });

        Assert.Equal(Other.Leaf.RawData, File.ReadAllBytes(cer));
        Assert.DoesNotContain(ui.Reported, r => r.OutputPath == cer);
    }

    [Fact]
    public async Task Cancel_in_the_prompt_during_a_try_ends_the_batch_and_writes_nothing()
    {
        var a = _work.Write("a.p12", Pkcs12Factory.Build(Chain, "pw"));
        var b = _work.Write("b.p12", Pkcs12Factory.Build(Other, "pw"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var ui = new ScriptedUi("pw", "pw") { PromptCancellation = cancel.Token };

        var done = await new ExportFlow(TestExporter.Instance, ui).RunAsync(new[] { a, b });

        Assert.Empty(done);
        Assert.Single(ui.Prompts);
        Assert.Equal(new[] { "a.p12", "b.p12" }, _work.Files());
    }

    [Fact]
    public async Task Cancelling_the_batch_returns_at_once_even_from_a_try_that_does_not_listen()
    {
        using var never = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var ui = new ScriptedUi();
        var started = new TaskCompletionSource();
        var file = new DeafFile(never, started);

        var run = new ExportFlow(_ => file, ui, ExportFlow.DefaultAttemptLimit).RunAsync(new[] { "/a.p12" }, cancel.Token);
        await started.Task;
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        never.Set();
        Assert.Empty(ui.Failures);
    }

    /// <summary>A try that ignores its cancellation, as the key derivation did before it listened.</summary>
    private sealed class DeafFile(ManualResetEventSlim never, TaskCompletionSource started) : IExportFile
    {
        public bool NeedsPassword => false;

        public ExportAttempt Try(string? password, ExportChoices choices, CancellationToken cancellation, IProgress<double>? progress)
        {
            started.TrySetResult();
            never.Wait();
            return new ExportAttempt.Failed(ExportErrorKind.Io, default);
        }
    }
}

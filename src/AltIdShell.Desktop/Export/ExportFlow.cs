using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Export;

/// <summary>
/// One batch of .p12/.pfx files from password to .cer, the one policy of the tray and of altid-export (export and
/// inspect): each file is opened once; a file that needs no password is not asked for one; a password that opened one
/// file is tried on the next (when the user said so) before anyone is asked; a wrong password is retried in the open
/// prompt; a file in the way and several certificates are asked about or reported. The password lives only in this
/// call's locals. Cancelling the password prompt ends the batch; cancelling a later question skips that file.
/// </summary>
public sealed class ExportFlow
{
    /// <summary>How long one attempt may take before the flow moves on: a read from a share that never answers.</summary>
    public static readonly TimeSpan DefaultAttemptLimit = TimeSpan.FromMinutes(2);

    private readonly Func<string, IExportFile> _open;
    private readonly IExportFlowUi _ui;
    private readonly TimeSpan _attemptLimit;
    private readonly ExportChoices _choices;

    /// <summary>Exports through <paramref name="exporter"/> as <paramref name="choices"/> say: what the tray and altid-export run.</summary>
    public ExportFlow(CertificateExporter exporter, IExportFlowUi ui, ExportChoices? choices = null)
        : this(path => new EngineFile(exporter.Open(path), writes: true), ui, DefaultAttemptLimit, choices)
    {
    }

    /// <param name="open">Opens one file: the engine, or a stand-in.</param>
    /// <param name="ui">Who answers the questions.</param>
    /// <param name="attemptLimit">How long one attempt may take.</param>
    /// <param name="choices">What the caller chose for every file (format, folder, a file in the way, the certificate).</param>
    public ExportFlow(Func<string, IExportFile> open, IExportFlowUi ui, TimeSpan attemptLimit, ExportChoices? choices = null)
    {
        _open = open;
        _ui = ui;
        _attemptLimit = attemptLimit;
        _choices = choices ?? ExportChoices.Default;
    }

    /// <summary>The same policy for reading only (altid-export inspect): the certificate is described, nothing written.</summary>
    public static ExportFlow Reading(CertificateExporter exporter, IExportFlowUi ui, string? selectedSha256) =>
        new(path => new EngineFile(exporter.Open(path), writes: false), ui, DefaultAttemptLimit,
            ExportChoices.Default with { SelectedSha256 = selectedSha256 });

    /// <returns>The files done, in order: <see cref="ExportAttempt.Exported"/> (or <see cref="ExportAttempt.Read"/>).</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> ended the batch (Ctrl+C).</exception>
    public async Task<IReadOnlyList<ExportAttempt>> RunAsync(IReadOnlyList<string> sourcePaths, CancellationToken cancellation = default)
    {
        var names = BatchNames.For(sourcePaths);
        var done = new List<ExportAttempt>();
        var written = new List<string>();
        string? sharedPassword = null;
        for (var i = 0; i < sourcePaths.Count; i++)
        {
            var path = sourcePaths[i];
            var name = names[i];
            // Neither the other inputs nor the .cer files written so far are written over: exporting one file must not
            // replace another still to be read, nor what an earlier file of the batch produced (a.p12 and a.pfx).
            var choices = _choices with { Protected = sourcePaths.Where((_, j) => j != i).ToList(), WrittenByBatch = written.ToList() };
            var opened = await TryAsync(_ => _open(path), cancellation);
            if (opened.Value is not { } file)
            {
                _ui.ShowError(new FlowError(path, name, null, opened.Trouble!.Value));
                continue;
            }
            Tried? accepted = null;
            Tried? wrong = null;
            string? password = null;
            if (!file.NeedsPassword)
                accepted = await TryAsync(file, null, choices, cancellation, null);
            else if (sharedPassword != null)
            {
                var tried = await TryAsync(file, sharedPassword, choices, cancellation, _ui.Working(name));
                if (tried.IsWrongPassword)
                    wrong = tried;
                else
                {
                    accepted = tried;
                    password = sharedPassword;
                }
            }
            if (accepted == null)
            {
                string? submitted = null;
                var prompt = new PasswordPrompt(path, i + 1, sourcePaths.Count, sharedPasswordFailed: wrong != null, name);
                var answer = await _ui.AskPasswordAsync(prompt, async (typed, promptCancellation, progress) =>
                {
                    using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellation, promptCancellation);
                    var tried = await TryAsync(file, typed, choices, both.Token, progress);
                    if (tried.IsWrongPassword)
                    {
                        wrong = tried;
                        return tried.Message;
                    }
                    accepted = tried;
                    submitted = typed;
                    return null;
                });
                cancellation.ThrowIfCancellationRequested();
                if (answer == null)
                    break;
                if (accepted == null)
                {
                    if (wrong != null)
                        _ui.ShowError(wrong.Error(path, name));
                    continue;
                }
                password = submitted;
                if (answer.UseForRemaining)
                    sharedPassword = submitted;
            }
            if (await FinishAsync(file, accepted, password, choices, path, name, cancellation) is { } finished)
            {
                done.Add(finished);
                if (finished is ExportAttempt.Exported exported)
                    written.Add(exported.Result.OutputPath);
            }
        }
        return done;
    }

    /// <summary>Answers the questions an accepted password can still raise, then reports.</summary>
    private async Task<ExportAttempt?> FinishAsync(IExportFile file, Tried tried, string? password, ExportChoices choices,
        string path, string name, CancellationToken cancellation)
    {
        while (true)
        {
            switch (tried.Attempt)
            {
                case ExportAttempt.Exported or ExportAttempt.Read:
                    _ui.Finished(path, tried.Attempt);
                    return tried.Attempt;
                case ExportAttempt.FileInTheWay inTheWay when _ui.CanAskQuestions && choices.ExistingFile == ExistingFileChoice.Ask:
                    if (_ui.AskExistingFile(path, inTheWay) is not { } choice)
                        return null;
                    choices = choices with { ExistingFile = choice };
                    break;
                case ExportAttempt.ChooseCertificate several when _ui.CanAskQuestions && several.Candidates.Count > 0 && choices.SelectedSha256 == null:
                    if (_ui.ChooseCertificate(path, several.Candidates) is not { } chosen)
                        return null;
                    choices = choices with { SelectedSha256 = chosen };
                    break;
                default:
                    _ui.ShowError(tried.Error(path, name));
                    return null;
            }
            // The file remembers the password's leaves: an answer does not run the key derivation again.
            tried = await TryAsync(file, password, choices, cancellation, null);
        }
    }

    private async Task<Tried> TryAsync(IExportFile file, string? password, ExportChoices choices, CancellationToken cancellation, IProgress<double>? progress)
    {
        var outcome = await TryAsync(token => file.Try(password, choices, token, progress), cancellation);
        return new Tried(outcome.Value, outcome.Trouble);
    }

    /// <summary>
    /// Runs one call to the engine off the caller's thread, within the attempt limit, and returns at once when
    /// <paramref name="cancellation"/> fires. A call that does not return in time is cancelled and left to finish on
    /// its own: the tray must not wait for ever, and later requests must not queue behind it.
    /// </summary>
    private async Task<(T? Value, LocalizedText? Trouble)> TryAsync<T>(Func<CancellationToken, T> call, CancellationToken cancellation)
        where T : class
    {
        cancellation.ThrowIfCancellationRequested();
        // Not disposed while the call may still hold its token: an abandoned call keeps running until it notices.
        var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var work = Task.Run(() => call(attempt.Token));
        using var timer = new CancellationTokenSource();
        var finished = await Task.WhenAny(work, Task.Delay(_attemptLimit, timer.Token), Task.Delay(Timeout.Infinite, cancellation));
        timer.Cancel();
        if (finished != work)
        {
            attempt.Cancel();
            _ = work.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            cancellation.ThrowIfCancellationRequested();
            return (null, FlowText.TookTooLong.Format((int)_attemptLimit.TotalSeconds));
        }
        try
        {
            return (await work, null);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The engine answers with values; an exception is a bug in it. The user still gets told, and the tray lives on.
            return (null, FlowText.Unexpected.Format(e.Message));
        }
        finally
        {
            if (work.IsCompleted)
                attempt.Dispose();
        }
    }

    /// <summary>One try: the engine's answer, or what else went wrong (a bug, a read that never ended).</summary>
    private sealed record Tried(ExportAttempt? Attempt, LocalizedText? Trouble)
    {
        public bool IsWrongPassword => Attempt is ExportAttempt.WrongPassword;

        public LocalizedText Message => (Attempt as ExportAttempt.Stopped)?.Text ?? Trouble ?? default;

        public FlowError Error(string path, string name) => new(path, name, Attempt as ExportAttempt.Stopped, Message);
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Flow;

/// <summary>
/// One batch of .p12/.pfx files from password to .cer, the one policy of the tray and of altid-export: a file that
/// needs no password is not asked for one; a password that opened one file is tried on the next (when the user said
/// so) before anyone is asked; a wrong password is retried in the open prompt; a .cer in the way and several
/// certificates are asked about or reported. The password lives only in this call's locals. Cancelling the password
/// prompt ends the batch; cancelling a later question skips that file.
/// </summary>
public sealed class ExportFlow
{
    /// <summary>How long one attempt may take before the flow moves on: a read from a share that never answers.</summary>
    public static readonly TimeSpan DefaultAttemptLimit = TimeSpan.FromMinutes(2);

    private readonly Func<ExportRequest, ExportResult> _export;
    private readonly Func<string, bool> _needsPassword;
    private readonly IExportFlowUi _ui;
    private readonly TimeSpan _attemptLimit;
    private readonly Func<ExportRequest, ExportRequest> _shape;

    /// <summary>Exports through <paramref name="exporter"/>: what the tray and altid-export run.</summary>
    public ExportFlow(CertificateExporter exporter, IExportFlowUi ui, Func<ExportRequest, ExportRequest>? shape = null)
        : this(exporter.Export, exporter.NeedsPassword, ui, DefaultAttemptLimit, shape)
    {
    }

    /// <param name="export">The engine, or a stand-in.</param>
    /// <param name="needsPassword">False for a file nothing in needs a password for; throws <see cref="ExportException"/> for one that cannot be exported.</param>
    /// <param name="ui">Who answers the questions.</param>
    /// <param name="attemptLimit">How long one attempt may take.</param>
    /// <param name="shape">Sets what the caller chose for every file (format, folder, an existing .cer, the certificate).</param>
    public ExportFlow(Func<ExportRequest, ExportResult> export, Func<string, bool> needsPassword, IExportFlowUi ui, TimeSpan attemptLimit,
        Func<ExportRequest, ExportRequest>? shape = null)
    {
        _export = export;
        _needsPassword = needsPassword;
        _ui = ui;
        _attemptLimit = attemptLimit;
        _shape = shape ?? (request => request);
    }

    /// <returns>The results written or found, in order.</returns>
    public async Task<IReadOnlyList<ExportResult>> RunAsync(IReadOnlyList<string> sourcePaths)
    {
        var names = BatchNames.For(sourcePaths);
        var results = new List<ExportResult>();
        string? sharedPassword = null;
        for (var i = 0; i < sourcePaths.Count; i++)
        {
            var path = sourcePaths[i];
            Attempt? accepted = null;
            Attempt? wrong = null;
            var needsPassword = await TryAsync(path, () => _needsPassword(path));
            if (needsPassword.Failure != null)
                accepted = needsPassword.Failure;
            else if (needsPassword.Value == false)
                accepted = await TryAsync(Request(path, null));
            else if (sharedPassword != null)
            {
                var tried = await TryAsync(Request(path, sharedPassword));
                if (tried.IsWrongPassword)
                    wrong = tried;
                else
                    accepted = tried;
            }
            if (accepted == null)
            {
                string? submitted = null;
                var prompt = new PasswordPrompt(path, i + 1, sourcePaths.Count, sharedPasswordFailed: wrong != null, names[i]);
                var answer = await _ui.AskPasswordAsync(prompt, async password =>
                {
                    var tried = await TryAsync(Request(path, password));
                    if (tried.IsWrongPassword)
                    {
                        wrong = tried;
                        return tried.Error!.Text;
                    }
                    accepted = tried;
                    submitted = password;
                    return null;
                });
                if (answer == null)
                    break;
                if (accepted == null)
                {
                    if (wrong != null)
                        _ui.ShowError(new FlowError(path, names[i], wrong.Error, wrong.Message));
                    continue;
                }
                if (answer.UseForRemaining)
                    sharedPassword = submitted;
            }
            var result = await FinishAsync(accepted, names[i]);
            if (result != null)
                results.Add(result);
        }
        return results;
    }

    /// <summary>Answers the questions an accepted password can still raise, then reports.</summary>
    private async Task<ExportResult?> FinishAsync(Attempt attempt, string displayName)
    {
        while (true)
        {
            if (attempt.Result != null)
            {
                _ui.Exported(attempt.Request, attempt.Result);
                return attempt.Result;
            }
            var request = attempt.Request;
            var error = attempt.Error;
            if (_ui.CanAskQuestions && error?.Kind == ExportErrorKind.OutputExists && error.ExistingPath != null && request.ExistingFile == ExistingFileChoice.Ask)
            {
                var choice = _ui.AskExistingFile(request.SourcePath, error.ExistingPath);
                if (choice == null)
                    return null;
                attempt = await TryAsync(request with { ExistingFile = choice.Value });
            }
            else if (_ui.CanAskQuestions && error?.Kind == ExportErrorKind.SeveralCertificates && error.Candidates.Count > 0 && request.SelectedSha256 == null)
            {
                var chosen = _ui.ChooseCertificate(request.SourcePath, error.Candidates);
                if (chosen == null)
                    return null;
                attempt = await TryAsync(request with { SelectedSha256 = chosen });
            }
            else
            {
                _ui.ShowError(new FlowError(request.SourcePath, displayName, error, attempt.Message));
                return null;
            }
        }
    }

    private ExportRequest Request(string path, string? password) => _shape(new ExportRequest(path, password));

    private async Task<Attempt> TryAsync(ExportRequest request)
    {
        var outcome = await TryAsync(request.SourcePath, () => _export(request), request);
        return outcome.Failure ?? new Attempt(request, outcome.Value, null, null);
    }

    /// <summary>
    /// Runs one call to the engine off the caller's thread, within the attempt limit. A call that does not return in
    /// time is left to finish on its own: the tray must not wait for ever, and later requests must not queue behind it.
    /// </summary>
    private async Task<(T? Value, Attempt? Failure)> TryAsync<T>(string path, Func<T> call, ExportRequest? request = null)
    {
        request ??= Request(path, null);
        var work = Task.Run(call);
        using var timer = new CancellationTokenSource();
        var finished = await Task.WhenAny(work, Task.Delay(_attemptLimit, timer.Token));
        timer.Cancel();
        if (finished != work)
        {
            _ = work.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            return (default, new Attempt(request, null, null, FlowText.TookTooLong.Format((int)_attemptLimit.TotalSeconds)));
        }
        try
        {
            return (await work, null);
        }
        catch (ExportException e)
        {
            return (default, new Attempt(request, null, e, null));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything but ExportException is a bug in the engine; the user still gets told, and the tray lives on.
            return (default, new Attempt(request, null, null, FlowText.Unexpected.Format(e.Message)));
        }
    }

    /// <summary>One call to the engine: its result, or the engine's error, or what else went wrong.</summary>
    private sealed record Attempt(ExportRequest Request, ExportResult? Result, ExportException? Error, LocalizedText? Unexpected)
    {
        public LocalizedText Message => Error?.Text ?? Unexpected ?? default;
        public bool IsWrongPassword => Error?.Kind == ExportErrorKind.WrongPassword;
    }
}

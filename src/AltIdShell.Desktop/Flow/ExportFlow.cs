using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;

namespace AltIdShell.Desktop.Flow;

/// <summary>
/// One batch of .p12/.pfx files from password to .cer: ask, retry wrong passwords in the open prompt, ask about a
/// .cer in the way and about several certificates, report. The password lives only in this call's locals.
/// Cancelling the password prompt ends the batch; cancelling a later question skips that file.
/// </summary>
public sealed class ExportFlow
{
    private readonly Func<ExportRequest, ExportResult> export;
    private readonly IExportFlowUi ui;

    public ExportFlow(Func<ExportRequest, ExportResult> export, IExportFlowUi ui)
    {
        this.export = export;
        this.ui = ui;
    }

    /// <returns>The results written or found, in order.</returns>
    public async Task<IReadOnlyList<ExportResult>> RunAsync(IReadOnlyList<string> sourcePaths)
    {
        var results = new List<ExportResult>();
        string? sharedPassword = null;
        for (var i = 0; i < sourcePaths.Count; i++)
        {
            var path = sourcePaths[i];
            Attempt? accepted = null;
            var sharedFailed = false;
            if (sharedPassword != null)
            {
                var tried = await TryAsync(new ExportRequest(path, sharedPassword));
                if (tried.IsWrongPassword)
                    sharedFailed = true;
                else
                    accepted = tried;
            }
            if (accepted == null)
            {
                string? submitted = null;
                var answer = await ui.AskPasswordAsync(new PasswordPrompt(path, i + 1, sourcePaths.Count, sharedFailed), async password =>
                {
                    var tried = await TryAsync(new ExportRequest(path, password));
                    if (tried.IsWrongPassword)
                        return tried.Error!.Text;
                    accepted = tried;
                    submitted = password;
                    return null;
                });
                if (answer == null || accepted == null)
                    break;
                if (answer.UseForRemaining)
                    sharedPassword = submitted;
            }
            var result = await FinishAsync(accepted);
            if (result != null)
                results.Add(result);
        }
        return results;
    }

    /// <summary>Answers the questions an accepted password can still raise, then reports.</summary>
    private async Task<ExportResult?> FinishAsync(Attempt attempt)
    {
        while (true)
        {
            if (attempt.Result != null)
            {
                ui.Exported(attempt.Request, attempt.Result);
                return attempt.Result;
            }
            var request = attempt.Request;
            var error = attempt.Error;
            if (error?.Kind == ExportErrorKind.OutputExists && error.ExistingPath != null && request.ExistingFile == ExistingFileChoice.Ask)
            {
                var choice = ui.AskExistingFile(request.SourcePath, error.ExistingPath);
                if (choice == null)
                    return null;
                attempt = await TryAsync(request.WithExistingFile(choice.Value));
            }
            else if (error?.Kind == ExportErrorKind.SeveralCertificates && error.Candidates.Count > 0 && request.SelectedSha256 == null)
            {
                var chosen = ui.ChooseCertificate(request.SourcePath, error.Candidates);
                if (chosen == null)
                    return null;
                attempt = await TryAsync(request.WithSelectedSha256(chosen));
            }
            else
            {
                ui.ShowError(request.SourcePath, attempt.Message);
                return null;
            }
        }
    }

    private async Task<Attempt> TryAsync(ExportRequest request)
    {
        try
        {
            return new Attempt(request, await Task.Run(() => export(request)), null, null);
        }
        catch (ExportException e)
        {
            return new Attempt(request, null, e, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything but ExportException is a bug in the engine; the user still gets told, and the tray lives on.
            return new Attempt(request, null, null, TrayText.ErrorUnexpected.Format(e.Message));
        }
    }

    private sealed class Attempt
    {
        public Attempt(ExportRequest request, ExportResult? result, ExportException? error, LocalizedText? unexpected)
        {
            Request = request;
            Result = result;
            Error = error;
            Message = error?.Text ?? unexpected ?? default;
        }

        public ExportRequest Request { get; }
        public ExportResult? Result { get; }
        public ExportException? Error { get; }
        public LocalizedText Message { get; }
        public bool IsWrongPassword => Error?.Kind == ExportErrorKind.WrongPassword;
    }
}

using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Export;

namespace AltIdShell.Desktop.Tests.Export;

/// <summary>Plays a person at the dialogs: types the passwords it is given, in order, and records what it was shown.</summary>
public sealed class ScriptedUi : IExportFlowUi
{
    private readonly Queue<string?> _passwords;

    public ScriptedUi(params string?[] passwords)
    {
        _passwords = new Queue<string?>(passwords);
    }

    public Func<PasswordPrompt, bool> Tick { get; set; } = _ => false;
    public ExistingFileChoice? ExistingFileAnswer { get; set; } = ExistingFileChoice.KeepBoth;
    public Func<IReadOnlyList<CertificateSummary>, string?> Choose { get; set; } = c => c[^1].Sha256Fingerprint;
    /// <summary>The cancellation each submitted password is tried under: the prompt's Cancel.</summary>
    public CancellationToken PromptCancellation { get; set; }

    public List<PasswordPrompt> Prompts { get; } = new();
    public List<string> Complaints { get; } = new();
    public List<ExportAttempt.FileInTheWay> ExistingFileQuestions { get; } = new();
    public List<int> ChoiceQuestions { get; } = new();
    public List<string> Errors { get; } = new();
    public List<ExportResult> Reported { get; } = new();

    public async Task<PasswordAnswer?> AskPasswordAsync(PasswordPrompt prompt, SubmitPassword submit)
    {
        Prompts.Add(prompt);
        while (_passwords.Count > 0)
        {
            var password = _passwords.Dequeue();
            if (password == null)
                return null;
            LocalizedText? complaint;
            try
            {
                complaint = await submit(password, PromptCancellation, null);
            }
            catch (OperationCanceledException) when (PromptCancellation.IsCancellationRequested)
            {
                // As the dialog does: Cancel during a try closes the prompt, which ends the batch.
                return null;
            }
            if (complaint == null)
                return new PasswordAnswer(Tick(prompt));
            Complaints.Add(complaint.Value.English);
        }
        throw new InvalidOperationException("the script ran out of passwords");
    }

    public IProgress<double>? Working(string displayName) => null;

    public bool CanAskQuestions { get; set; } = true;

    public ExistingFileChoice? AskExistingFile(string sourcePath, ExportAttempt.FileInTheWay inTheWay)
    {
        ExistingFileQuestions.Add(inTheWay);
        return ExistingFileAnswer;
    }

    public string? ChooseCertificate(string sourcePath, IReadOnlyList<CertificateSummary> candidates)
    {
        ChoiceQuestions.Add(candidates.Count);
        return Choose(candidates);
    }

    public List<FlowError> Failures { get; } = new();

    public void ShowError(FlowError error)
    {
        Failures.Add(error);
        Errors.Add(error.Message.English);
    }

    public void Finished(string sourcePath, ExportAttempt done) => Reported.Add(((ExportAttempt.Exported)done).Result);
}

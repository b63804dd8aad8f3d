using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Core.Flow;
using AltIdShell.Core.Text;

namespace AltIdShell.TestSupport;

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

    public List<PasswordPrompt> Prompts { get; } = new();
    public List<string> Complaints { get; } = new();
    public List<string> ExistingFileQuestions { get; } = new();
    public List<int> ChoiceQuestions { get; } = new();
    public List<string> Errors { get; } = new();
    public List<ExportResult> Reported { get; } = new();

    public async Task<PasswordAnswer?> AskPasswordAsync(PasswordPrompt prompt, Func<string, Task<LocalizedText?>> submit)
    {
        Prompts.Add(prompt);
        while (_passwords.Count > 0)
        {
            var password = _passwords.Dequeue();
            if (password == null)
                return null;
            var complaint = await submit(password);
            if (complaint == null)
                return new PasswordAnswer(Tick(prompt));
            Complaints.Add(complaint.Value.English);
        }
        throw new InvalidOperationException("the script ran out of passwords");
    }

    public bool CanAskQuestions { get; set; } = true;

    public ExistingFileChoice? AskExistingFile(string sourcePath, string existingPath)
    {
        ExistingFileQuestions.Add(existingPath);
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

    public void Exported(ExportCall request, ExportResult result) => Reported.Add(result);
}

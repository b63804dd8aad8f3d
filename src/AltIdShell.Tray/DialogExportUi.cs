using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Windows.Forms;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Desktop.Export;
using AltIdShell.Desktop.Tray;
using AltIdShell.Tray.Dialogs;

namespace AltIdShell.Tray;

/// <summary>The export flow's questions, answered with the tray's dialogs.</summary>
internal sealed class DialogExportUi : IExportFlowUi
{
    private readonly Action<string, ExportResult> _exported;

    public DialogExportUi(Action<string, ExportResult> exported)
    {
        _exported = exported;
    }

    public Task<PasswordAnswer?> AskPasswordAsync(PasswordPrompt prompt, SubmitPassword submit)
    {
        using var dialog = new PasswordDialog(prompt, submit);
        var answer = dialog.ShowDialog() == DialogResult.OK ? new PasswordAnswer(dialog.UseForRemaining) : null;
        return Task.FromResult(answer);
    }

    // A password used for the remaining files is tried without a window; the tray icon stays the sign of work.
    public IProgress<double>? Working(string displayName) => null;

    public bool CanAskQuestions => true;

    public ExistingFileChoice? AskExistingFile(string sourcePath, ExportAttempt.FileInTheWay inTheWay) =>
        ExistingFileDialog.Ask(inTheWay.ExistingPath, inTheWay.MayReplace);

    public string? ChooseCertificate(string sourcePath, IReadOnlyList<CertificateSummary> candidates) =>
        CertificateChoiceDialog.Choose(sourcePath, candidates);

    public void ShowError(FlowError error) =>
        MessageBox.Show(TrayText.ErrorOnFileFor(error.DisplayName, error.Message).ToString(),
            TrayText.ErrorTitle.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Error);

    public void Finished(string sourcePath, ExportAttempt done)
    {
        if (done is ExportAttempt.Exported exported)
            _exported(sourcePath, exported.Result);
    }
}

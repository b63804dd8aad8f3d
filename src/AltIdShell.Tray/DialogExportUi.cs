using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Windows.Forms;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Core.Flow;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Tray;
using AltIdShell.Tray.Dialogs;

namespace AltIdShell.Tray;

/// <summary>The export flow's questions, answered with the tray's dialogs.</summary>
internal sealed class DialogExportUi : IExportFlowUi
{
    private readonly Action<ExportRequest, ExportResult> _exported;

    public DialogExportUi(Action<ExportRequest, ExportResult> exported)
    {
        _exported = exported;
    }

    public Task<PasswordAnswer?> AskPasswordAsync(PasswordPrompt prompt, Func<string, Task<LocalizedText?>> submit)
    {
        using var dialog = new PasswordDialog(prompt, submit);
        var answer = dialog.ShowDialog() == DialogResult.OK ? new PasswordAnswer(dialog.UseForRemaining) : null;
        return Task.FromResult(answer);
    }

    public bool CanAskQuestions => true;

    public ExistingFileChoice? AskExistingFile(string sourcePath, string existingPath) => ExistingFileDialog.Ask(existingPath);

    public string? ChooseCertificate(string sourcePath, IReadOnlyList<CertificateSummary> candidates) =>
        CertificateChoiceDialog.Choose(sourcePath, candidates);

    public void ShowError(FlowError error) =>
        MessageBox.Show(TrayText.ErrorOnFile.Format(error.DisplayName, error.Message.ToString()).ToString(),
            TrayText.ErrorTitle.ToString(), MessageBoxButtons.OK, MessageBoxIcon.Error);

    public void Exported(ExportRequest request, ExportResult result) => _exported(request, result);
}

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Flow;

/// <summary>
/// The questions <see cref="ExportFlow"/> asks a person; the tray answers them with dialogs, altid-export at a
/// terminal, tests with scripts.
/// </summary>
public interface IExportFlowUi
{
    /// <summary>
    /// Shows the password prompt. Each password the user submits goes to <paramref name="submit"/>, which answers
    /// with the complaint to show (wrong password) and then the prompt stays open, or null when it was accepted.
    /// Returns null when the user cancels, which ends the batch; an answer without an accepted password gives up on
    /// this file only (see <see cref="PasswordAnswer"/>).
    /// </summary>
    Task<PasswordAnswer?> AskPasswordAsync(PasswordPrompt prompt, Func<string, Task<LocalizedText?>> submit);

    /// <summary>
    /// Whether the two questions below can be asked. When not (a script), a .cer in the way and several certificates
    /// are reported through <see cref="ShowError"/>.
    /// </summary>
    bool CanAskQuestions { get; }

    /// <summary>A different .cer is in the way: keep both or replace; null cancels this file.</summary>
    ExistingFileChoice? AskExistingFile(string sourcePath, string existingPath);

    /// <summary>The file holds several leaves: the SHA-256 fingerprint of the one to export, or null to cancel this file.</summary>
    string? ChooseCertificate(string sourcePath, IReadOnlyList<CertificateSummary> candidates);

    void ShowError(FlowError error);

    void Exported(ExportRequest request, ExportResult result);
}

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;

namespace AltIdShell.Desktop.Export;

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
    Task<PasswordAnswer?> AskPasswordAsync(PasswordPrompt prompt, SubmitPassword submit);

    /// <summary>Hears the progress of a try made without the prompt (a password used for the remaining files), or null.</summary>
    IProgress<double>? Working(string displayName);

    /// <summary>
    /// Whether the two questions below can be asked. When not (a script), a file in the way and several certificates
    /// are reported through <see cref="ShowError"/>.
    /// </summary>
    bool CanAskQuestions { get; }

    /// <summary>
    /// A different file is in the way: keep both or, when <see cref="ExportAttempt.FileInTheWay.MayReplace"/>, replace
    /// it; null cancels this file.
    /// </summary>
    ExistingFileChoice? AskExistingFile(string sourcePath, ExportAttempt.FileInTheWay inTheWay);

    /// <summary>The file holds several leaves: the SHA-256 fingerprint of the one to export, or null to cancel this file.</summary>
    string? ChooseCertificate(string sourcePath, IReadOnlyList<CertificateSummary> candidates);

    void ShowError(FlowError error);

    /// <summary>A file done: <see cref="ExportAttempt.Exported"/>, or <see cref="ExportAttempt.Read"/> for a flow that only reads.</summary>
    void Finished(string sourcePath, ExportAttempt done);
}

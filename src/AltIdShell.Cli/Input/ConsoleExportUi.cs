using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Export;

namespace AltIdShell.Cli.Input;

/// <summary>
/// The export flow's questions at a terminal or in a script. A person gets three tries per file, like a Windows logon
/// prompt; a script's one password is tried once per file. A file in the way and several certificates are not asked
/// about: --keep-both, --replace and --certificate answer them in advance, and otherwise they are reported.
/// </summary>
internal sealed class ConsoleExportUi : IExportFlowUi
{
    private const int MaxTries = 3;

    private readonly PasswordSource _passwords;
    private readonly Reporter _reporter;
    private readonly CliConsole _console;
    // The line of a try made without the prompt, cleared before anything else is written.
    private ProgressLine? _working;

    private readonly string? _outputDirectory;

    /// <summary><paramref name="outputDirectory"/>: --out, where the .cer files go; null beside each file.</summary>
    public ConsoleExportUi(PasswordSource passwords, Reporter reporter, CliConsole console, string? outputDirectory = null)
    {
        _passwords = passwords;
        _reporter = reporter;
        _console = console;
        _outputDirectory = outputDirectory;
    }

    public bool CanAskQuestions => false;

    public async Task<PasswordAnswer?> AskPasswordAsync(PasswordPrompt prompt, SubmitPassword submit)
    {
        _working?.Clear();
        if (prompt.SharedPasswordFailed)
        {
            // The script's one password was tried on this file already; the flow reports it as wrong.
            if (!_passwords.IsInteractive)
                return new PasswordAnswer(UseForRemaining: false);
            // Nobody typed a wrong password yet: the one for the file before does not open this one.
            _console.Error.WriteLine(CliText.AnotherPassword.Format(DisplayText.Escape(prompt.DisplayName)).ToString());
        }
        for (var attempt = 1; ; attempt++)
        {
            var password = _passwords.Next(prompt.DisplayName);
            var progress = ProgressLine.OnTerminal(_console, prompt.DisplayName);
            LocalizedText? complaint;
            try
            {
                complaint = await submit(password, CancellationToken.None, progress);
            }
            finally
            {
                progress?.Clear();
            }
            if (complaint == null)
                return new PasswordAnswer(UseForRemaining: true);
            if (!_passwords.IsInteractive || attempt >= MaxTries)
                return new PasswordAnswer(UseForRemaining: false);
            _console.Error.WriteLine(complaint + " " + CliText.TryAgain);
        }
    }

    public IProgress<double>? Working(string displayName)
    {
        _working?.Clear();
        return _working = ProgressLine.OnTerminal(_console, displayName);
    }

    public ExistingFileChoice? AskExistingFile(string sourcePath, ExportAttempt.FileInTheWay inTheWay) => null;

    public string? ChooseCertificate(string sourcePath, IReadOnlyList<CertificateSummary> candidates) => null;

    // A file whose .cer would be the file itself is told what it is, not only that nothing was written.
    public void ShowError(FlowError error)
    {
        _working?.Clear();
        _reporter.Failed(error.Outcome?.Kind == ExportErrorKind.OutputIsInput
            && ExportOntoItself.Explain(error.SourcePath, _outputDirectory) is { } explained
            ? error with { Message = explained }
            : error);
    }

    public void Finished(string sourcePath, ExportAttempt done)
    {
        _working?.Clear();
        _reporter.Finished(sourcePath, done);
    }
}

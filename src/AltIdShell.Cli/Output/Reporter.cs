using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Export;

namespace AltIdShell.Cli.Output;

/// <summary>
/// Reports each file's result as text for people or as JSON for scripts, and keeps the exit code. Text escapes whatever
/// came from a certificate or a path (<see cref="DisplayText"/>); JSON escapes it by itself.
/// </summary>
internal sealed class Reporter : IDisposable
{
    private readonly JsonReport? _json;
    private readonly AltIdRegister _register;
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly LocalTime _time;
    private readonly bool _requireRevocation;

    public Reporter(CliConsole console, bool json, AltIdRegister register, bool requireRevocation)
    {
        _json = json ? new JsonReport(console.OpenStandardOutput()) : null;
        _register = register;
        _out = console.Out;
        _error = console.Error;
        _time = console.Time;
        _requireRevocation = requireRevocation;
    }

    /// <summary>
    /// The first failure's exit code; else <see cref="ExitCodes.NotSuitable"/> for a certificate that does not suit the
    /// register; else <see cref="ExitCodes.RevocationNotConfirmed"/> when required; or success.
    /// </summary>
    public int ExitCode { get; private set; } = ExitCodes.Success;

    /// <summary>A file the export flow finished: exported, or read (inspect).</summary>
    public void Finished(string file, ExportAttempt done)
    {
        switch (done)
        {
            case ExportAttempt.Exported exported:
                Exported(file, exported.Result);
                break;
            case ExportAttempt.Read read:
                Inspected(file, read.Summary, null);
                break;
        }
    }

    public void Exported(string file, ExportResult result)
    {
        Judge(result.Summary);
        if (_json != null)
        {
            _json.Exported(file, result);
            return;
        }
        // The verdict first, over the name of the file written, so an unsuitable certificate never reads as a success.
        SummaryPrinter.PrintVerdict(_out, result.Summary, Path.GetFileName(result.OutputPath), _register);
        var line = result.Outcome switch
        {
            ExportOutcome.Replaced => CliText.Replaced,
            ExportOutcome.AlreadyExported => CliText.AlreadyExported,
            _ => CliText.Exported,
        };
        _out.WriteLine(line.Format(DisplayText.Escape(result.OutputPath)).ToString());
        // Said of the file exported from, lest it be read as said of the new .cer.
        if (result.SourceContainsPrivateKey)
            _out.WriteLine(CliText.SourceHoldsPrivateKey.ToString());
        if (result.SourceHasOtherData)
            _out.WriteLine(CliText.SourceHasOtherData.ToString());
        SummaryPrinter.PrintDetails(_out, result.Summary, _time);
        _out.WriteLine();
    }

    public void Inspected(string file, CertificateSummary summary, CerInspection? cer)
    {
        Judge(summary);
        // A key in the file is never fit to upload, whatever the certificate beside it: a script must not pass it on.
        if (cer?.ContainsPrivateKey == true)
            Record(ExitCodes.NotSuitable);
        if (_json != null)
        {
            _json.Inspected(file, summary, cer);
            return;
        }
        // A key in the file outweighs any verdict on the certificate beside it.
        if (cer?.ContainsPrivateKey == true)
            _out.WriteLine(CertificateText.HoldsPrivateKey.ToString());
        SummaryPrinter.PrintVerdict(_out, summary, Path.GetFileName(file), _register);
        // The file's form in the check window's words; its key line is already first.
        if (cer != null)
        {
            foreach (var line in CerFormText.Lines(cer).Where(line => !line.Equals(CertificateText.HoldsPrivateKey)))
                _out.WriteLine(line.ToString());
        }
        SummaryPrinter.Row(_out, CliText.FileLabel, Path.GetFullPath(file));
        if (cer != null)
            SummaryPrinter.Row(_out, CliText.CerFormat, cer.Format == CerFormat.Der && !cer.IsDerEncoded ? "BER" : cer.Format.ToString().ToUpperInvariant());
        SummaryPrinter.PrintDetails(_out, summary, _time);
        _out.WriteLine();
    }

    /// <summary>A failure outside the export flow: a certificate file inspected, a store export.</summary>
    public void Failed(string file, ExportException error) =>
        Failed(file, Path.GetFileName(file), error.Kind, error.Text, error.ExistingPath, error.MayReplace, error.Candidates);

    public void Failed(FlowError failure)
    {
        switch (failure.Outcome)
        {
            case null:
                // Outside the engine (a read that never ended, a bug): nothing a script can do but report it.
                Failed(failure.SourcePath, failure.DisplayName, null, failure.Message, null, false, Array.Empty<CertificateSummary>());
                break;
            case ExportAttempt.FileInTheWay inTheWay:
                Failed(failure.SourcePath, failure.DisplayName, inTheWay.Kind, failure.Message, inTheWay.ExistingPath, inTheWay.MayReplace, Array.Empty<CertificateSummary>());
                break;
            case ExportAttempt.ChooseCertificate choose:
                Failed(failure.SourcePath, failure.DisplayName, choose.Kind, failure.Message, null, false, choose.Candidates);
                break;
            default:
                Failed(failure.SourcePath, failure.DisplayName, failure.Outcome.Kind, failure.Message, null, false, Array.Empty<CertificateSummary>());
                break;
        }
    }

    /// <summary><paramref name="kind"/> null: a failure outside the engine, reported as a file-system failure.</summary>
    private void Failed(string file, string displayName, ExportErrorKind? kind, LocalizedText message, string? existing, bool mayReplace,
        IReadOnlyList<CertificateSummary> candidates)
    {
        var exitCode = kind is { } known ? ExitCodes.For(known) : ExitCodes.FileSystem;
        Record(exitCode);
        if (_json != null)
        {
            _json.Failed(file, kind?.ToString() ?? "Unexpected", exitCode, message, existing, mayReplace, candidates);
            return;
        }
        _error.WriteLine(DisplayText.Escape(CliText.Failed.Format(displayName, message.ToString()).ToString()));
        foreach (var candidate in candidates)
            _error.WriteLine(CliText.Candidate.Format(candidate.Sha256Fingerprint, DisplayText.Escape(candidate.CertificateName)).ToString());
        if (existing != null)
            _error.WriteLine((mayReplace ? CliText.OutputExistsHint : CliText.OutputKeptHint).ToString());
    }

    /// <summary>FILE argument number <paramref name="position"/> names nothing; reported without its text.</summary>
    public void NotAFile(int position) => Missing(position, CliText.NotAFile.Format(position));

    /// <summary>FILE arguments <paramref name="first"/> to <paramref name="last"/> look like one name with spaces, unquoted.</summary>
    public void NameWithSpaces(int first, int last) => Missing(first, CliText.NameWithSpaces.Format(first, last));

    /// <summary>A FILE argument that is plainly a file name, and names nothing.</summary>
    public void FileNotFound(string file)
    {
        // "Mappe/Testfirma.p12/" is named by its last part, not by the empty name after its slash.
        var named = file.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var message = CliText.FileNotFound.Format(DisplayText.Escape(Path.GetFileName(named)),
            DisplayText.Escape(Path.GetDirectoryName(Path.GetFullPath(named)) ?? string.Empty));
        NotFound(file, message);
    }

    /// <summary>A FILE argument that names a file as if it were a folder ("Testfirma.p12/").</summary>
    public void FileAsFolder(string file) => NotFound(file, CliText.FileAsFolder.Format(DisplayText.Escape(file)));

    private void NotFound(string file, LocalizedText message)
    {
        Record(ExitCodes.FileSystem);
        if (_json != null)
        {
            _json.Failed(file, nameof(ExportErrorKind.SourceNotFound), ExitCodes.FileSystem, message, null, false, Array.Empty<CertificateSummary>());
            return;
        }
        _error.WriteLine(message.ToString());
    }

    private void Missing(int position, LocalizedText message)
    {
        Record(ExitCodes.FileSystem);
        if (_json != null)
        {
            _json.NotAFile(position, ExitCodes.FileSystem, message);
            return;
        }
        _error.WriteLine(message.ToString());
    }

    public void Dispose() => _json?.Dispose();

    private void Judge(CertificateSummary summary) => Record(ExitCodes.For(summary.AltId, _register, _requireRevocation));

    // A file that could not be read outweighs a certificate that was read but does not suit, which outweighs one whose
    // revocation was not confirmed; among failures, the first counts.
    private void Record(int exitCode)
    {
        if (Weight(exitCode) > Weight(ExitCode))
            ExitCode = exitCode;
    }

    private static int Weight(int exitCode) => exitCode switch
    {
        ExitCodes.Success => 0,
        ExitCodes.RevocationNotConfirmed => 1,
        ExitCodes.NotSuitable => 2,
        _ => 3,
    };
}

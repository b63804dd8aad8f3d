using System;
using System.IO;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Flow;
using AltIdShell.Core.Text;

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

    public Reporter(CliConsole console, bool json, AltIdRegister register)
    {
        _json = json ? new JsonReport(console.OpenStandardOutput()) : null;
        _register = register;
        _out = console.Out;
        _error = console.Error;
    }

    /// <summary>The first failure's exit code; <see cref="ExitCodes.NotSuitable"/> for a certificate that does not suit the register; or success.</summary>
    public int ExitCode { get; private set; } = ExitCodes.Success;

    public void Exported(string file, ExportResult result)
    {
        Judge(result.Summary);
        if (_json != null)
        {
            _json.Exported(file, result);
            return;
        }
        var line = result.Outcome switch
        {
            ExportOutcome.Replaced => CliText.Replaced,
            ExportOutcome.AlreadyExported => CliText.AlreadyExported,
            _ => CliText.Exported,
        };
        _out.WriteLine(line.Format(DisplayText.Escape(result.OutputPath)).ToString());
        SummaryPrinter.PrintVerdict(_out, result.Summary);
        // Said of the file exported from, lest it be read as said of the new .cer.
        if (result.SourceContainsPrivateKey)
            _out.WriteLine(CliText.SourceHoldsPrivateKey.ToString());
        if (result.SourceHasOtherData)
            _out.WriteLine(CliText.SourceHasOtherData.ToString());
        SummaryPrinter.PrintDetails(_out, result.Summary);
        _out.WriteLine();
    }

    public void Inspected(string file, CertificateSummary summary, CerInspection? cer)
    {
        Judge(summary);
        if (_json != null)
        {
            _json.Inspected(file, summary, cer);
            return;
        }
        _out.WriteLine(DisplayText.Escape(Path.GetFullPath(file)));
        SummaryPrinter.PrintVerdict(_out, summary);
        if (cer != null)
        {
            _out.WriteLine("  {0,-17} {1}", CliText.CerFormat + ":", cer.Format.ToString().ToUpperInvariant());
            // Bytes beside the certificates may be a key in another form: never say "no private key" then.
            _out.WriteLine((cer.ContainsPrivateKey ? CertificateText.HoldsPrivateKey
                : cer.HasOtherData ? CliText.CerHoldsOtherData
                : CliText.CerNoPrivateKey).ToString());
            if (cer.Kind == CertificateContainerKind.Pkcs7Bundle)
                _out.WriteLine(CliText.CerPkcs7.ToString());
            if (cer.CertificateCount > 1)
                _out.WriteLine(CliText.CerSeveral.Format(cer.CertificateCount).ToString());
            if (cer.Format == CerFormat.Pem)
                _out.WriteLine(CliText.CerPem.ToString());
        }
        SummaryPrinter.PrintDetails(_out, summary);
        _out.WriteLine();
    }

    public void Failed(string file, ExportException error) =>
        Failed(new FlowError(file, Path.GetFileName(file), error, error.Text));

    public void Failed(FlowError failure)
    {
        var error = failure.Error;
        // Outside the engine (a read that never ended, a bug): nothing a script can do but report it.
        var exitCode = error == null ? ExitCodes.FileSystem : ExitCodes.For(error.Kind);
        Record(exitCode);
        if (_json != null)
        {
            _json.Failed(failure.SourcePath, error?.Kind.ToString() ?? "Unexpected", exitCode, failure.Message, error);
            return;
        }
        _error.WriteLine(DisplayText.Escape(CliText.Failed.Format(failure.DisplayName, failure.Message.ToString()).ToString()));
        if (error == null)
            return;
        foreach (var candidate in error.Candidates)
            _error.WriteLine(CliText.Candidate.Format(candidate.Sha256Fingerprint, DisplayText.Escape(candidate.CertificateName)).ToString());
        if (error.Kind == ExportErrorKind.OutputExists)
            _error.WriteLine(CliText.OutputExistsHint.ToString());
    }

    /// <summary>FILE argument number <paramref name="position"/> names nothing; reported without its text.</summary>
    public void NotAFile(int position)
    {
        var message = CliText.NotAFile.Format(position);
        Record(ExitCodes.FileSystem);
        if (_json != null)
        {
            _json.NotAFile(position, ExitCodes.FileSystem, message);
            return;
        }
        _error.WriteLine(message.ToString());
    }

    public void Dispose() => _json?.Dispose();

    private void Judge(CertificateSummary summary) => Record(ExitCodes.For(summary.AltId, _register));

    // A file that could not be read outweighs a certificate that was read but does not suit.
    private void Record(int exitCode)
    {
        if (ExitCode == ExitCodes.Success || (ExitCode == ExitCodes.NotSuitable && exitCode != ExitCodes.Success))
            ExitCode = exitCode;
    }
}

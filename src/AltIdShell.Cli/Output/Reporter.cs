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

    public Reporter(bool json) => _json = json ? new JsonReport(Console.OpenStandardOutput()) : null;

    /// <summary>The first failure's exit code, or success.</summary>
    public int ExitCode { get; private set; } = ExitCodes.Success;

    public void Exported(string file, ExportResult result)
    {
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
        Console.Out.WriteLine(line.Format(DisplayText.Escape(result.OutputPath)).ToString());
        SummaryPrinter.Print(Console.Out, result.Summary);
        Console.Out.WriteLine();
    }

    public void Inspected(string file, CertificateSummary summary, CerInspection? cer)
    {
        if (_json != null)
        {
            _json.Inspected(file, summary, cer);
            return;
        }
        Console.Out.WriteLine(DisplayText.Escape(Path.GetFullPath(file)));
        if (cer != null)
        {
            Console.Out.WriteLine("  {0,-17} {1}", CliText.CerFormat + ":", cer.Format.ToString().ToUpperInvariant());
            Console.Out.WriteLine((cer.ContainsPrivateKey ? CertificateText.HoldsPrivateKey
                : cer.HoldsOtherData ? CliText.CerHoldsOtherData
                : CliText.CerNoPrivateKey).ToString());
            if (cer.CertificateCount > 1)
                Console.Out.WriteLine(CliText.CerSeveral.Format(cer.CertificateCount).ToString());
            if (cer.Format == CerFormat.Pem)
                Console.Out.WriteLine(CliText.CerPem.ToString());
        }
        SummaryPrinter.Print(Console.Out, summary);
        Console.Out.WriteLine();
    }

    public void Failed(string file, ExportException error) =>
        Failed(new FlowError(file, Path.GetFileName(file), error, error.Text));

    public void Failed(FlowError failure)
    {
        var error = failure.Error;
        // Outside the engine (a read that never ended, a bug): nothing a script can do but report it.
        var exitCode = error == null ? ExitCodes.FileSystem : ExitCodes.For(error.Kind);
        Note(exitCode);
        if (_json != null)
        {
            _json.Failed(failure.SourcePath, error?.Kind.ToString() ?? "Unexpected", exitCode, failure.Message, error);
            return;
        }
        Console.Error.WriteLine(DisplayText.Escape(CliText.Failed.Format(failure.DisplayName, failure.Message.ToString()).ToString()));
        if (error == null)
            return;
        foreach (var candidate in error.Candidates)
            Console.Error.WriteLine(CliText.Candidate.Format(candidate.Sha256Fingerprint, DisplayText.Escape(candidate.CertificateName)).ToString());
        if (error.Kind == ExportErrorKind.OutputExists)
            Console.Error.WriteLine(CliText.OutputExistsHint.ToString());
    }

    /// <summary>FILE argument number <paramref name="position"/> names nothing; reported without its text.</summary>
    public void NotAFile(int position)
    {
        var message = CliText.NotAFile.Format(position);
        Note(ExitCodes.FileSystem);
        if (_json != null)
        {
            _json.NotAFile(position, ExitCodes.FileSystem, message);
            return;
        }
        Console.Error.WriteLine(message.ToString());
    }

    private void Note(int exitCode)
    {
        if (ExitCode == ExitCodes.Success)
            ExitCode = exitCode;
    }

    public void Dispose() => _json?.Dispose();
}

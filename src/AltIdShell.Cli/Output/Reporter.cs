using System;
using System.IO;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;

namespace AltIdShell.Cli.Output;

/// <summary>Reports each file's result as text for people or as JSON for scripts, and keeps the exit code.</summary>
internal sealed class Reporter : IDisposable
{
    private readonly JsonReport? _json;
    private readonly AltIdRegister _register;

    public Reporter(bool json, AltIdRegister register)
    {
        _json = json ? new JsonReport(Console.OpenStandardOutput()) : null;
        _register = register;
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
        Console.Out.WriteLine(line.Format(result.OutputPath).ToString());
        SummaryPrinter.PrintVerdict(Console.Out, result.Summary);
        if (result.SourceContainsPrivateKey)
            Console.Out.WriteLine(CliText.SourceHoldsPrivateKey.ToString());
        if (result.SourceHasOtherData)
            Console.Out.WriteLine(CliText.SourceHasOtherData.ToString());
        SummaryPrinter.PrintDetails(Console.Out, result.Summary);
        Console.Out.WriteLine();
    }

    public void Inspected(string file, CertificateSummary summary, CerInspection? cer)
    {
        Judge(summary);
        if (_json != null)
        {
            _json.Inspected(file, summary, cer);
            return;
        }
        Console.Out.WriteLine(Path.GetFullPath(file));
        SummaryPrinter.PrintVerdict(Console.Out, summary);
        if (cer != null)
        {
            Console.Out.WriteLine("  {0,-17} {1}", CliText.CerFormat + ":", cer.Format.ToString().ToUpperInvariant());
            Console.Out.WriteLine((cer.ContainsPrivateKey ? CliText.CerHoldsPrivateKey : CliText.CerNoPrivateKey).ToString());
            if (cer.Kind == CertificateContainerKind.Pkcs7Bundle)
                Console.Out.WriteLine(CliText.CerPkcs7.ToString());
            if (cer.CertificateCount > 1)
                Console.Out.WriteLine(CliText.CerSeveral.Format(cer.CertificateCount).ToString());
            if (cer.HasOtherData)
                Console.Out.WriteLine(CliText.CerOtherData.ToString());
            if (cer.Format == CerFormat.Pem)
                Console.Out.WriteLine(CliText.CerPem.ToString());
        }
        SummaryPrinter.PrintDetails(Console.Out, summary);
        Console.Out.WriteLine();
    }

    public void Failed(string file, ExportException error)
    {
        var exitCode = ExitCodes.For(error.Kind);
        Record(exitCode);
        if (_json != null)
        {
            _json.Failed(file, error, exitCode);
            return;
        }
        Console.Error.WriteLine(CliText.Failed.Format(Path.GetFileName(file), error.Text.ToString()).ToString());
        foreach (var candidate in error.Candidates)
            Console.Error.WriteLine(CliText.Candidate.Format(candidate.Sha256Fingerprint, candidate.CertificateName).ToString());
        if (error.Kind == ExportErrorKind.OutputExists)
            Console.Error.WriteLine(CliText.OutputExistsHint.ToString());
    }

    public void Dispose() => _json?.Dispose();

    private void Judge(CertificateSummary summary) => Record(ExitCodes.For(summary.AltId, _register));

    private void Record(int exitCode)
    {
        if (ExitCode == ExitCodes.Success)
            ExitCode = exitCode;
    }
}

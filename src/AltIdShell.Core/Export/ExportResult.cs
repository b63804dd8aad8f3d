using AltIdShell.Core.Certificates;

namespace AltIdShell.Core.Export;

public sealed class ExportResult
{
    public ExportResult(string outputPath, ExportOutcome outcome, CertificateSummary summary)
    {
        OutputPath = outputPath;
        Outcome = outcome;
        Summary = summary;
    }

    /// <summary>Full path of the .cer (the existing one when <see cref="ExportOutcome.AlreadyExported"/>).</summary>
    public string OutputPath { get; }
    public ExportOutcome Outcome { get; }
    public CertificateSummary Summary { get; }
}

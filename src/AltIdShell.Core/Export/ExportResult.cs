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

    /// <summary>The file exported from also holds a private key (a PEM file): it must never be shared or uploaded.</summary>
    public bool SourceContainsPrivateKey { get; internal set; }

    /// <summary>The file exported from holds more than its certificates (text, other PEM blocks, trailing bytes).</summary>
    public bool SourceHasOtherData { get; internal set; }
}

using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using Xunit;

namespace AltIdShell.TestSupport;

/// <summary>The engine in one call, as most tests drive it: open a file, try one password, look at the outcome.</summary>
public static class EngineCalls
{
    public static ExportAttempt Export(this CertificateExporter exporter, string source, string? password, ExportChoices? choices = null) =>
        exporter.Open(source).TryPassword(password, choices ?? ExportChoices.Default);

    public static ExportAttempt Export(this CertificateExporter exporter, ExportCall call) =>
        exporter.Open(call.SourcePath).TryPassword(call.Password, call.Choices);

    public static ExportAttempt Read(this CertificateExporter exporter, string source, string? password, string? selectedSha256 = null) =>
        exporter.Open(source).TryRead(password, selectedSha256);

    /// <summary>The result of an attempt that must have exported; fails the test with what it said otherwise.</summary>
    public static ExportResult Exported(this ExportAttempt attempt) =>
        attempt is ExportAttempt.Exported exported ? exported.Result : throw new Xunit.Sdk.XunitException("not exported: " + Said(attempt));

    /// <summary>The summary of an attempt that must have read the certificate.</summary>
    public static CertificateSummary Summary(this ExportAttempt attempt) =>
        attempt is ExportAttempt.Read read ? read.Summary : throw new Xunit.Sdk.XunitException("not read: " + Said(attempt));

    /// <summary>An attempt that must have stopped (a question or a failure): its kind and text.</summary>
    public static ExportAttempt.Stopped Stopped(this ExportAttempt attempt) => Assert.IsAssignableFrom<ExportAttempt.Stopped>(attempt);

    private static string Said(ExportAttempt attempt) => attempt is ExportAttempt.Stopped stopped ? stopped.Kind + ": " + stopped.Text.English : attempt.ToString();
}

using System;
using System.Text.Json.Serialization;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;

namespace AltIdShell.Desktop.Recent;

/// <summary>One line of the recent-exports list: what the user needs to find, re-use and check the .cer later.</summary>
public sealed class RecentExport
{
    [JsonConstructor]
    public RecentExport(
        string outputPath, string sourcePath, string? organisation, string? cvr, string certificateName,
        DateTimeOffset notAfter, CertificateEnvironment environment, CertificateKind kind, string sha256Fingerprint,
        DateTimeOffset exportedAt, VerdictKind? verdict = null)
    {
        OutputPath = outputPath;
        SourcePath = sourcePath;
        Organisation = organisation;
        Cvr = cvr;
        CertificateName = certificateName;
        NotAfter = notAfter;
        Environment = environment;
        Kind = kind;
        Sha256Fingerprint = sha256Fingerprint;
        ExportedAt = exportedAt;
        Verdict = verdict;
    }

    public string OutputPath { get; }
    public string SourcePath { get; }
    public string? Organisation { get; }
    public string? Cvr { get; }
    public string CertificateName { get; }
    public DateTimeOffset NotAfter { get; }
    public CertificateEnvironment Environment { get; }
    public CertificateKind Kind { get; }
    public string Sha256Fingerprint { get; }
    public DateTimeOffset ExportedAt { get; }
    /// <summary>The verdict at export time; null in lists written before verdicts existed.</summary>
    public VerdictKind? Verdict { get; }

    public static RecentExport From(ExportRequest request, ExportResult result, DateTimeOffset exportedAt) =>
        From(request.SourcePath, result, exportedAt);

    /// <summary><paramref name="source"/>: the .p12/.pfx, or the store ("CurrentUser\My") the certificate came from.</summary>
    public static RecentExport From(string source, ExportResult result, DateTimeOffset exportedAt)
    {
        var s = result.Summary;
        return new RecentExport(result.OutputPath, source, s.Organisation, s.Cvr, s.CertificateName,
            s.NotAfter, s.Environment, s.Kind, s.Sha256Fingerprint, exportedAt, s.AltId.Kind);
    }
}

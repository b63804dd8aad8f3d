using System;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;

namespace AltIdShell.Desktop.Recent;

/// <summary>
/// One line of the recent-exports list: what the user needs to find, re-use and check the .cer later. Stored as JSON
/// (<see cref="RecentExportsStore"/>): the members' names and order are the file format.
/// </summary>
/// <param name="OutputPath">The .cer.</param>
/// <param name="SourcePath">The .p12/.pfx, or the store ("CurrentUser\My") the certificate came from.</param>
/// <param name="Organisation">Subject O, if any.</param>
/// <param name="Cvr">The CVR number, if any.</param>
/// <param name="CertificateName">Subject CN.</param>
/// <param name="NotAfter">End of the validity period.</param>
/// <param name="Environment">Production or test.</param>
/// <param name="Kind">The OCES kind.</param>
/// <param name="Sha256Fingerprint">The SHA-256 fingerprint as recorded at export.</param>
/// <param name="ExportedAt">When it was exported.</param>
/// <param name="Verdict">The verdict at export time; null in lists written before verdicts existed.</param>
public sealed record RecentExport(
    string OutputPath, string SourcePath, string? Organisation, string? Cvr, string CertificateName,
    DateTimeOffset NotAfter, CertificateEnvironment Environment, CertificateKind Kind, string Sha256Fingerprint,
    DateTimeOffset ExportedAt, VerdictKind? Verdict = null)
{
    /// <summary><paramref name="source"/>: the .p12/.pfx, or the store ("CurrentUser\My") the certificate came from.</summary>
    public static RecentExport From(string source, ExportResult result, DateTimeOffset exportedAt)
    {
        var s = result.Summary;
        return new RecentExport(result.OutputPath, source, s.Organisation, s.Cvr, s.CertificateName,
            s.NotAfter, s.Environment, s.Kind, s.Sha256Fingerprint, exportedAt, s.AltId.Kind);
    }
}

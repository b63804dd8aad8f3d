using System;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Export;

/// <summary>
/// The one export path: read the .p12/.pfx, pick the leaf, describe it, write the sibling .cer atomically.
/// Thread-safe; holds no state between calls.
/// </summary>
public sealed class CertificateExporter
{
    public static CertificateExporter Default { get; } = new();

    public CertificateExporter(Pkcs12Limits? limits = null, Func<DateTimeOffset>? clock = null)
    {
        Limits = limits ?? Pkcs12Limits.Default;
        Clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public Pkcs12Limits Limits { get; }
    public Func<DateTimeOffset> Clock { get; }

    /// <summary>Exports the certificate. Throws <see cref="Errors.ExportException"/> for every failure; writes nothing then.</summary>
    public ExportResult Export(ExportRequest request) => throw new NotImplementedException();

    /// <summary>Reads and describes the certificate a .p12/.pfx would export, writing nothing.</summary>
    public CertificateSummary Inspect(string sourcePath, string? password) => throw new NotImplementedException();
}

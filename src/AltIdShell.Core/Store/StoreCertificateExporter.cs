using System;
using System.IO;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.FileSystem;

namespace AltIdShell.Core.Store;

/// <summary>
/// Writes a store certificate's public part as "&lt;certificate name&gt;.cer" through the same atomic writer as a
/// file export: never over a different file unless the caller chose so. Only the DER certificate is written.
/// </summary>
public sealed class StoreCertificateExporter
{
    private readonly IExportFileSystem _fileSystem;

    public StoreCertificateExporter()
        : this(PhysicalFileSystem.Instance)
    {
    }

    internal StoreCertificateExporter(IExportFileSystem fileSystem) => _fileSystem = fileSystem;

    public static StoreCertificateExporter Default { get; } = new();

    /// <summary>Throws ExportException (OutputExists when <paramref name="existing"/> is Ask, or a file-system kind).</summary>
    public ExportResult Export(StoreCertificate certificate, string outputDirectory, ExistingFileChoice existing = ExistingFileChoice.Ask,
        CerFormat format = CerFormat.Der)
    {
        var target = CertificateExporter.FullPath(Path.Combine(outputDirectory, CerFileName.For(certificate.Summary)));
        try
        {
            var (path, outcome, whyKept) = new CerWriter(_fileSystem).Write(target, CerEncoding.Encode(certificate.Der, format), existing);
            return outcome is { } written
                ? new ExportResult(path, written, certificate.Summary)
                : throw ExportErrors.OutputExists(path, whyKept);
        }
        catch (Exception e) when (IoErrors.Map(e, target) is { } error)
        {
            throw error;
        }
    }
}

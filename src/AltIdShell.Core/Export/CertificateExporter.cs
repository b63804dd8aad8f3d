using System;
using System.IO;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.FileSystem;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Export;

/// <summary>
/// The one export path: read the .p12/.pfx, pick the leaf, describe it, write the sibling .cer atomically.
/// Thread-safe; holds no state between calls. Never decrypts or writes the private key.
/// </summary>
public sealed class CertificateExporter
{
    private readonly IExportFileSystem _fileSystem;

    public static CertificateExporter Default { get; } = new();

    public CertificateExporter(Pkcs12Limits? limits = null, Func<DateTimeOffset>? clock = null)
        : this(limits, clock, PhysicalFileSystem.Instance)
    {
    }

    internal CertificateExporter(Pkcs12Limits? limits, Func<DateTimeOffset>? clock, IExportFileSystem fileSystem)
    {
        Limits = limits ?? Pkcs12Limits.Default;
        Clock = clock ?? (() => DateTimeOffset.UtcNow);
        _fileSystem = fileSystem;
    }

    public Pkcs12Limits Limits { get; }
    public Func<DateTimeOffset> Clock { get; }

    /// <summary>Exports the certificate. Throws <see cref="ExportException"/> for every failure; writes nothing then.</summary>
    public ExportResult Export(ExportRequest request)
    {
        var source = FullPath(request.SourcePath);
        var (der, summary) = ReadLeaf(source, request.Password, request.SelectedSha256);
        var directory = request.OutputDirectory is null ? Path.GetDirectoryName(source)! : FullPath(request.OutputDirectory);
        var target = Path.Combine(directory, Path.GetFileNameWithoutExtension(source) + ".cer");
        try
        {
            var (path, outcome) = new CerWriter(_fileSystem).Write(target, CerEncoding.Encode(der, request.Format), request.ExistingFile);
            return new ExportResult(path, outcome, summary);
        }
        catch (Exception e) when (IoErrors.Map(e, target) is { } error)
        {
            throw error;
        }
    }

    /// <summary>Reads and describes the certificate a .p12/.pfx would export, writing nothing.</summary>
    public CertificateSummary Inspect(string sourcePath, string? password, string? selectedSha256 = null) =>
        ReadLeaf(FullPath(sourcePath), password, selectedSha256).Summary;

    /// <summary>Reads a .cer (DER or PEM) and says what it holds, writing nothing.</summary>
    public CerInspection InspectCer(string cerPath) => CerInspector.Inspect(ReadSource(FullPath(cerPath)), Clock());

    private (byte[] Der, CertificateSummary Summary) ReadLeaf(string source, string? password, string? selectedSha256)
    {
        var file = ReadSource(source);
        var now = Clock();
        var candidates = LeafSelector.Candidates(Pkcs12Reader.Read(file, password, Limits))
            .Select(der => (Der: der, Summary: CertificateDescriber.Describe(der, now)))
            .ToList();
        if (selectedSha256 != null)
        {
            var wanted = Fingerprint.Normalize(selectedSha256);
            return candidates.FirstOrDefault(c => Fingerprint.Normalize(c.Summary.Sha256Fingerprint) == wanted) is { Der: not null } selected
                ? selected
                : throw ExportErrors.SelectedCertificateMissing(selectedSha256, candidates.Select(c => c.Summary).ToList());
        }
        if (candidates.Count > 1)
            throw ExportErrors.SeveralCertificates(candidates.Select(c => c.Summary).ToList());
        return candidates[0];
    }

    private byte[] ReadSource(string source)
    {
        try
        {
            return _fileSystem.ReadAllBytes(source, Limits.MaxFileBytes);
        }
        catch (FileTooLargeException e)
        {
            throw ExportErrors.LimitExceeded("file size", e.Length, e.Limit);
        }
        catch (Exception e) when (IoErrors.Map(e, source) is { } error)
        {
            throw error;
        }
    }

    /// <summary>Path.GetFullPath, failing as an export error like every other step; the store export uses it too.</summary>
    internal static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (IoErrors.Map(e, path) is { } error)
        {
            throw error;
        }
    }
}

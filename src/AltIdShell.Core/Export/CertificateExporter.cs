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
        var directory = request.OutputDirectory is null ? Path.GetDirectoryName(source)! : FullPath(request.OutputDirectory);
        var target = Path.Combine(directory, Path.GetFileNameWithoutExtension(source) + ".cer");
        try
        {
            // Checked before the password is tried: neither depends on it.
            if (_fileSystem.KindOf(directory) != FileKind.Directory)
                throw ExportErrors.OutputFolderMissing(directory);
            // "Testfirma.cer" that is really a .p12, or a hard link to it, would be replaced by its own certificate.
            if (_fileSystem.SameFile(source, target))
                throw ExportErrors.TargetIsSource(source, target);
        }
        catch (Exception e) when (IoErrors.Map(e, target) is { } error)
        {
            throw error;
        }
        var (der, summary) = ReadLeaf(source, request.Password, request.SelectedSha256);
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

    /// <summary>
    /// False for a .p12/.pfx that nothing in needs a password for (no MAC, no encrypted certificates). Throws
    /// <see cref="ExportException"/> for a file that cannot be exported at all, so nobody is asked for a password in vain.
    /// </summary>
    public bool NeedsPassword(string sourcePath) => !Pkcs12Reader.IsPasswordFree(ReadSource(FullPath(sourcePath)), Limits);

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
            switch (_fileSystem.KindOf(source))
            {
                case FileKind.Directory:
                    throw ExportErrors.InputIsFolder(source);
                case FileKind.Special:
                    throw ExportErrors.NotARegularFile(source);
            }
            return _fileSystem.ReadAllBytes(source, Limits.MaxFileBytes);
        }
        catch (FileTooLargeException e)
        {
            throw ExportErrors.LimitExceeded(ErrorDetail.FileSize, e.Length, e.Limit);
        }
        catch (Exception e) when (IoErrors.Map(e, source) is { } error)
        {
            throw error;
        }
    }

    private static string FullPath(string path)
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

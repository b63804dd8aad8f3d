using System;
using System.Collections.Generic;
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

    /// <summary>Checks offline against the embedded OCES3 anchors unless given other <see cref="CertificateChecks"/>.</summary>
    public CertificateExporter(Pkcs12Limits? limits = null, Func<DateTimeOffset>? clock = null, CertificateChecks? checks = null)
        : this(limits, clock, PhysicalFileSystem.Instance, checks)
    {
    }

    internal CertificateExporter(Pkcs12Limits? limits, Func<DateTimeOffset>? clock, IExportFileSystem fileSystem, CertificateChecks? checks = null)
    {
        Limits = limits ?? Pkcs12Limits.Default;
        Clock = clock ?? (() => DateTimeOffset.UtcNow);
        Checks = checks ?? CertificateChecks.Offline;
        _fileSystem = fileSystem;
    }

    public Pkcs12Limits Limits { get; }
    public Func<DateTimeOffset> Clock { get; }
    public CertificateChecks Checks { get; }

    /// <summary>The same engine with other checks, e.g. online for a front end that may use the network.</summary>
    public CertificateExporter With(CertificateChecks checks) => new(Limits, Clock, _fileSystem, checks);

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
        // Candidates are judged without the network; only the one exported is worth an OCSP request.
        var offline = Checks.WithoutRevocation();
        var candidates = LeafSelector.Candidates(Pkcs12Reader.Read(file, password, Limits))
            .Select(der => (Der: der, Summary: CertificateDescriber.Describe(der, now, offline)))
            .ToList();
        var chosen = Choose(candidates, selectedSha256);
        return Checks.ChecksRevocation ? (chosen.Der, CertificateDescriber.Describe(chosen.Der, now, Checks)) : chosen;
    }

    private static (byte[] Der, CertificateSummary Summary) Choose(IReadOnlyList<(byte[] Der, CertificateSummary Summary)> candidates, string? selectedSha256)
    {
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

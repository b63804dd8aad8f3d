using System;
using System.IO;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.FileSystem;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Export;

/// <summary>
/// The one export path: read the .p12/.pfx (or a certificate file: .p7b, PEM, Base64, a .cer chain), pick the leaf,
/// describe it, write the sibling .cer atomically, never over its own input.
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

        var directory = request.OutputDirectory is null ? Path.GetDirectoryName(source)! : FullPath(request.OutputDirectory);
        var target = Path.Combine(directory, Path.GetFileNameWithoutExtension(source) + ".cer");
        try
        {
            // Checked before the password is tried: neither depends on it.
            if (_fileSystem.KindOf(directory) != FileKind.Directory)
                throw ExportErrors.OutputFolderMissing(directory);
            // "Testfirma.cer" that is really a .p12, or a hard link to it, would be replaced by its own certificate;
            // a certificate file named Testfirma.cer names its output Testfirma.cer: only a numbered name may be written then.
            if (request.ExistingFile != ExistingFileChoice.KeepBoth && _fileSystem.IsSameFile(source, target))
                throw ExportErrors.OutputIsInput(source, target);
        }
        catch (Exception e) when (IoErrors.Map(e, target) is { } error)
        {
            throw error;
        }
        var (der, summary, container) = ReadLeaf(source, request.Password, request.SelectedSha256);
        try
        {
            var (path, outcome) = new CerWriter(_fileSystem).Write(target, CerEncoding.Encode(der, request.Format), request.ExistingFile);
            return new ExportResult(path, outcome, summary,
                SourceContainsPrivateKey: container?.ContainsPrivateKey ?? false,
                SourceHasOtherData: container?.HasOtherData ?? false);
        }
        catch (Exception e) when (IoErrors.Map(e, target) is { } error)
        {
            throw error;
        }
    }

    /// <summary>Reads and describes the certificate a .p12/.pfx (or a certificate file) would export, writing nothing.</summary>
    public CertificateSummary Inspect(string sourcePath, string? password, string? selectedSha256 = null) =>
        ReadLeaf(FullPath(sourcePath), password, selectedSha256).Summary;

    /// <summary>Reads a certificate file (.cer, .crt, .p7b; DER, PEM or bare Base64) and says what it holds, writing nothing.</summary>
    public CerInspection InspectCer(string cerPath, string? selectedSha256 = null) =>
        CerInspector.Inspect(ReadSource(FullPath(cerPath)), Clock(), selectedSha256, Limits, Checks);

    /// <summary>
    /// Whether the file needs its password to be read: only a PKCS#12 file does, and not one that nothing in needs a
    /// password for (no MAC, no encrypted certificates). False for a file that cannot be read at all, so nobody is
    /// asked for a password before being told the file is missing; true for a damaged PKCS#12, which the export then names.
    /// </summary>
    public bool NeedsPassword(string sourcePath)
    {
        byte[] file;
        try
        {
            file = ReadSource(FullPath(sourcePath));
        }
        catch (ExportException)
        {
            return false;
        }
        if (!PfxShape.Matches(file))
            return false;
        try
        {
            return !Pkcs12File.Parse(file, Limits).IsPasswordFree;
        }
        catch (ExportException)
        {
            return true;
        }
    }

    /// <summary>The leaf of a PKCS#12 file, or of a certificate file (then with the container it came in; no password needed).</summary>
    private (byte[] Der, CertificateSummary Summary, CertificateContainer? Container) ReadLeaf(string source, string? password, string? selectedSha256)
    {
        var file = ReadSource(source);
        var container = CertificateContainerReader.Read(file, Limits);
        var leaves = container is null
            ? LeafSelector.Candidates(Pkcs12File.Parse(file, Limits).Open(password))
            : LeafSelector.Candidates(container.Certificates);
        var now = Clock();
        // Candidates are judged without the network; only the one exported is worth an OCSP request.
        var offline = Checks.WithoutRevocation();
        var (der, summary) = LeafChoice.Choose(leaves, selectedSha256, leaf => CertificateDescriber.Describe(leaf, now, offline));
        if (Checks.ChecksRevocation)
            summary = CertificateDescriber.Describe(der, now, Checks);
        return (der, summary, container);
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

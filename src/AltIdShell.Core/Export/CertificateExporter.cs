using System;
using System.IO;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.FileSystem;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Export;

/// <summary>
/// The engine: its limits, clock and checks. <see cref="Open"/> opens a .p12/.pfx (or a certificate file: .p7b, PEM,
/// Base64, a .cer chain) for export; <see cref="InspectCer"/> says what a certificate file holds.
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

    /// <summary>
    /// Opens <paramref name="sourcePath"/> once for export: read, sniffed and parsed now; then try passwords on it
    /// (<see cref="ExportSource.TryPassword"/>). Never throws for the file: a file that cannot be opened answers every
    /// try with the reason.
    /// </summary>
    public ExportSource Open(string sourcePath) => new(sourcePath, this);

    /// <summary>Reads a certificate file (.cer, .crt, .p7b; DER, PEM or bare Base64) and says what it holds, writing nothing.</summary>
    public CerInspection InspectCer(string cerPath, string? selectedSha256 = null) =>
        CerInspector.Inspect(ReadSource(FullPath(cerPath)), Clock(), selectedSha256, Limits, Checks);

    internal IExportFileSystem FileSystem => _fileSystem;

    /// <summary>The whole file, bounded by <see cref="Pkcs12Limits.MaxFileBytes"/>; only a regular file is read.</summary>
    internal byte[] ReadSource(string source)
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
        catch (Exception e) when (IoErrors.MapRead(e, source) is { } error)
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

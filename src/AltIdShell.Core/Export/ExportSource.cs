using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.FileSystem;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Export;

/// <summary>
/// One .p12/.pfx (or certificate file: .p7b, PEM, Base64, a .cer chain), opened once: read (bounded), sniffed, its
/// structure parsed and every limit checked before any password. Then each <see cref="TryPassword"/> answers with an
/// <see cref="ExportAttempt"/> value; a failure to open is answered by every try, so nobody is asked for a password
/// for a file that cannot be exported. The private key is never decrypted; the file is never read again.
/// Safe to try from several threads; it keeps no password.
/// </summary>
public sealed class ExportSource
{
    private readonly CertificateExporter _engine;
    private readonly IExportFileSystem _fileSystem;
    private readonly string? _fullPath;
    private readonly ExportAttempt.Failed? _unreadable;
    private readonly CertificateContainer? _container;
    private readonly Pkcs12File? _pkcs12;
    // Recognises the password that opened the file without keeping it: answering a question must not run the key
    // derivation again (seconds, at today's iteration counts), and the leaves it found are public.
    private volatile Unlocked? _unlocked;

    internal ExportSource(string sourcePath, CertificateExporter engine)
    {
        _engine = engine;
        _fileSystem = engine.FileSystem;
        SourcePath = sourcePath;
        try
        {
            _fullPath = CertificateExporter.FullPath(sourcePath);
            SourcePath = _fullPath;
            var file = engine.ReadSource(_fullPath);
            _container = CertificateContainerReader.Read(file, engine.Limits);
            if (_container is null)
            {
                _pkcs12 = Pkcs12File.Parse(file, engine.Limits);
            }
        }
        catch (ExportException e)
        {
            _unreadable = ExportAttempt.Failed.From(e);
        }
    }

    /// <summary>The full path of the file (as given when it has none).</summary>
    public string SourcePath { get; }

    /// <summary>
    /// Whether a password must be asked for: only for a PKCS#12 file that anything in depends on one for (a MAC,
    /// encrypted certificates). False for a file that could not be opened: its tries say why at once.
    /// </summary>
    public bool NeedsPassword => _pkcs12 is { IsPasswordFree: false };

    /// <summary>
    /// Exports the certificate under <paramref name="password"/> (ignored for a file that needs none) as
    /// <paramref name="choices"/> say. Writes nothing unless the outcome is <see cref="ExportAttempt.Exported"/>.
    /// <paramref name="cancellation"/> stops the key derivation (OperationCanceledException); <paramref name="progress"/>
    /// hears its share done, 0 to 1.
    /// </summary>
    public ExportAttempt TryPassword(string? password, ExportChoices choices, CancellationToken cancellation = default, IProgress<double>? progress = null)
    {
        // A file that cannot be read says so before anything about where its .cer would go.
        if (_unreadable != null)
            return _unreadable;
        var (target, refusal) = Target(choices);
        if (refusal != null)
            return refusal;
        var (der, summary, stop) = Leaf(password, choices.SelectedSha256, cancellation, progress);
        if (stop != null)
            return stop;
        try
        {
            var writer = new CerWriter(_fileSystem);
            var content = CerEncoding.Encode(der!, choices.Format);
            // A .cer this batch wrote for another file (a.p12 and a.pfx) is never written over: the same certificate
            // again is already exported; another one stops, as it would at another input.
            if (choices.ExistingFile != ExistingFileChoice.KeepBoth && choices.WrittenByBatch.Any(written => Guards(written, target!)))
            {
                return writer.Holds(target!, content)
                    ? Exported(target!, ExportOutcome.AlreadyExported, summary!)
                    : ExportAttempt.Failed.From(ExportErrors.OutputIsOtherInput(_fullPath!, target!));
            }
            var (path, outcome, whyKept) = writer.Write(target!, content, choices.ExistingFile);
            if (outcome is not { } written)
                return new ExportAttempt.FileInTheWay(path, mayReplace: whyKept is null, ExportErrors.ExistingFileText(path, whyKept));
            return Exported(path, written, summary!);
        }
        catch (ExportException e)
        {
            return ExportAttempt.Failed.From(e);
        }
        catch (Exception e) when (IoErrors.Map(e, target!) is { } error)
        {
            return ExportAttempt.Failed.From(error);
        }
    }

    private ExportAttempt.Exported Exported(string path, ExportOutcome outcome, CertificateSummary summary) =>
        new(new ExportResult(path, outcome, summary,
            SourceContainsPrivateKey: _container?.ContainsPrivateKey ?? false,
            SourceHasOtherData: _container?.HasOtherData ?? false));

    /// <summary>Reads and describes the certificate an export would take, writing nothing: <see cref="ExportAttempt.Read"/> or why not.</summary>
    public ExportAttempt TryRead(string? password, string? selectedSha256 = null, CancellationToken cancellation = default, IProgress<double>? progress = null)
    {
        var (_, summary, stop) = Leaf(password, selectedSha256, cancellation, progress);
        return stop ?? (ExportAttempt)new ExportAttempt.Read(summary!);
    }

    /// <summary>Where the .cer goes, or why nothing may go there; none of it depends on the password.</summary>
    private (string? Target, ExportAttempt.Failed? Refusal) Target(ExportChoices choices)
    {
        var source = _fullPath!;
        var target = source;
        try
        {
            var directory = choices.OutputDirectory is null ? Path.GetDirectoryName(source)! : CertificateExporter.FullPath(choices.OutputDirectory);
            target = Path.Combine(directory, Path.GetFileNameWithoutExtension(source) + ".cer");
            if (_fileSystem.KindOf(directory) != FileKind.Directory)
                return (null, ExportAttempt.Failed.From(ExportErrors.OutputFolderMissing(directory)));
            // "Testfirma.cer" that is really a .p12, or a hard link to it, would be replaced by its own certificate;
            // a certificate file named Testfirma.cer names its output Testfirma.cer: only a numbered name may be written
            // then. The same holds for the batch's other inputs, which are still to be read.
            if (choices.ExistingFile != ExistingFileChoice.KeepBoth)
            {
                if (_fileSystem.IsSameFile(source, target))
                    return (null, ExportAttempt.Failed.From(ExportErrors.OutputIsInput(source, target)));
                if (choices.Protected.FirstOrDefault(other => Guards(other, target)) is { } input)
                    return (null, ExportAttempt.Failed.From(ExportErrors.OutputIsOtherInput(source, input)));
            }
            return (target, null);
        }
        catch (ExportException e)
        {
            return (null, ExportAttempt.Failed.From(e));
        }
        catch (Exception e) when (IoErrors.Map(e, target) is { } error)
        {
            return (null, ExportAttempt.Failed.From(error));
        }
    }

    /// <summary>
    /// Whether writing <paramref name="target"/> would write over <paramref name="guarded"/>, a file of the batch. One
    /// that cannot even be looked at (a folder on the way that may not be searched, a link loop) is not the target,
    /// which can; its own export says what is wrong with it, and the other files of the batch go on.
    /// </summary>
    private bool Guards(string guarded, string target)
    {
        try
        {
            return _fileSystem.IsSameFile(CertificateExporter.FullPath(guarded), target);
        }
        catch (Exception e) when (IoErrors.Map(e, guarded) is not null)
        {
            return false;
        }
    }

    /// <summary>The leaf to export and its summary, or the outcome that stops the export before anything is written.</summary>
    private (byte[]? Der, CertificateSummary? Summary, ExportAttempt.Stopped? Stop) Leaf(string? password, string? selectedSha256,
        CancellationToken cancellation, IProgress<double>? progress)
    {
        if (_unreadable != null)
            return (null, null, _unreadable);
        try
        {
            var leaves = _container is null ? Unlock(password, cancellation, progress) : LeafSelector.Candidates(_container.Certificates);
            var now = _engine.Clock();
            // Candidates are judged without the network; only the one exported is worth an OCSP request.
            var offline = _engine.Checks.WithoutRevocation();
            var (der, summary, question) = LeafChoice.Choose(leaves, selectedSha256, leaf => CertificateDescriber.Describe(leaf, now, offline));
            if (question != null)
                return (null, null, question);
            if (_engine.Checks.ChecksRevocation)
                summary = CertificateDescriber.Describe(der!, now, _engine.Checks);
            return (der, summary, null);
        }
        catch (ExportException e) when (e.Kind == ExportErrorKind.WrongPassword)
        {
            return (null, null, new ExportAttempt.WrongPassword(e.Text));
        }
        catch (ExportException e)
        {
            return (null, null, ExportAttempt.Failed.From(e));
        }
    }

    private IReadOnlyList<byte[]> Unlock(string? password, CancellationToken cancellation, IProgress<double>? progress)
    {
        var tag = PasswordTag.Of(password);
        if (_unlocked is { } unlocked && unlocked.Tag.SequenceEqual(tag))
            return unlocked.Leaves;
        cancellation.ThrowIfCancellationRequested();
        var leaves = LeafSelector.Candidates(_pkcs12!.Open(password, cancellation, progress));
        _unlocked = new Unlocked(tag, leaves);
        return leaves;
    }

    private sealed record Unlocked(byte[] Tag, IReadOnlyList<byte[]> Leaves);
}

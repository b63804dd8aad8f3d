using System;
using System.IO;
using System.Linq;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.FileSystem;
using AltIdShell.Core.Pkcs12;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Export;

/// <summary>
/// Puts the .cer in place atomically: a temporary file in the same folder, flushed, then renamed. Whatever fails,
/// the folder holds either what it held before or the complete new file, and never the temporary file. Only a
/// process killed between writing and renaming can leave one (".altid-1a2b3c4d.tmp"); the next export into that
/// folder deletes it once it is stale, and no export ever takes it for a .cer. Only a file that is itself a
/// certificate is ever replaced: a .p12, a key, a broken link or anything unreadable at the name is kept, whatever
/// was chosen.
/// </summary>
internal sealed class CerWriter
{
    // Numbered names stop somewhere; a folder with this many copies needs a person, not a loop.
    private const int MaxNumberedName = 999;
    private const long MaxExistingBytes = 1024 * 1024;
    // An export writes a few kilobytes and renames them at once; a temporary file this old was left by a killed one.
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);
    // Temporary files are named ".altid-1a2b3c4d.tmp", whatever the .cer is called: a name built from the .cer's
    // would be longer than it, and fail for a .cer name that is itself just within the system's limit.
    private const string TemporaryPrefix = ".altid-";
    private const int RandomLength = 8;
    private const string TemporaryExtension = ".tmp";

    private readonly IExportFileSystem _fileSystem;

    public CerWriter(IExportFileSystem fileSystem) => _fileSystem = fileSystem;

    /// <summary>
    /// Writes <paramref name="content"/> at <paramref name="target"/>, or beside it as <paramref name="choice"/> says.
    /// A null outcome means a different file is in the way at the path returned and nothing was written;
    /// <c>WhyKept</c> then says why it may not be replaced, or is null for a certificate that may be.
    /// </summary>
    public (string Path, ExportOutcome? Outcome, LocalizedText? WhyKept) Write(string target, byte[] content, ExistingFileChoice choice)
    {
        var kind = _fileSystem.KindOf(target);
        switch (kind)
        {
            case FileKind.Directory:
                throw ExportErrors.OutputIsFolder(target);
            case FileKind.Special:
                throw ExportErrors.NotARegularFile(target);
        }
        if (!_fileSystem.FileExists(target))
        {
            if (TryWriteNew(target, content))
                return (target, ExportOutcome.Written, null);
            // Someone created it between our check and our rename: decide as if it had been there all along.
        }
        else if (kind == FileKind.Missing)
        {
            // The name is taken, yet following it finds nothing: a symbolic link to something gone. It is no
            // certificate, so it is never replaced, and renaming onto it would destroy someone's link.
            return choice == ExistingFileChoice.KeepBoth ? WriteNumbered(target, content) : (target, null, FileReasonText.BrokenLink);
        }

        if (Holds(target, content))
            return (target, ExportOutcome.AlreadyExported, null);

        if (choice == ExistingFileChoice.KeepBoth)
            return WriteNumbered(target, content);
        var whyKept = WhyNotReplaceable(target);
        if (choice != ExistingFileChoice.Replace || whyKept != null)
            return (target, null, whyKept);
        WriteViaTemporary(target, content, temporary => _fileSystem.Replace(temporary, target));
        return (target, ExportOutcome.Replaced, null);
    }

    /// <summary>
    /// Null for a file that is itself a certificate (DER, PEM or Base64, one or a bundle, with no key and nothing
    /// else), the only kind a new .cer may replace; otherwise what it is, for the person who has to decide.
    /// </summary>
    private LocalizedText? WhyNotReplaceable(string path)
    {
        byte[] existing;
        try
        {
            existing = _fileSystem.ReadAllBytes(path, MaxExistingBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileReasonText.Unreadable;
        }
        if (PfxShape.Matches(existing))
            return FileReasonText.Pkcs12File;
        CertificateContainer? container;
        try
        {
            container = CertificateContainerReader.Read(existing, Pkcs12Limits.Default);
        }
        catch (ExportException)
        {
            return FileReasonText.NotACertificateContent;
        }
        if (container is null)
            return CertificateContainerReader.PrivateKeyReason(existing) ?? FileReasonText.NotACertificateContent;
        if (container.ContainsPrivateKey)
            return FileReasonText.PrivateKeyPem;
        if (container.HasOtherData || container.Certificates.Count == 0)
            return FileReasonText.MoreThanCertificates;
        return null;
    }

    /// <summary>"Testfirma (2).cer", "Testfirma (3).cer", … as Explorer names copies.</summary>
    public static string NumberedName(string target, int number)
    {
        var directory = Path.GetDirectoryName(target) ?? string.Empty;
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(target)} ({number}){Path.GetExtension(target)}");
    }

    private (string, ExportOutcome?, LocalizedText?) WriteNumbered(string target, byte[] content)
    {
        for (var number = 2; number <= MaxNumberedName; number++)
        {
            var candidate = NumberedName(target, number);
            if (_fileSystem.FileExists(candidate))
            {
                // A broken link holds nothing to compare; it just takes the number.
                if (_fileSystem.KindOf(candidate) != FileKind.Missing && Holds(candidate, content))
                    return (candidate, ExportOutcome.AlreadyExported, null);
                continue;
            }
            if (TryWriteNew(candidate, content))
                return (candidate, ExportOutcome.Written, null);
        }
        return (target, null, WhyNotReplaceable(target));
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds exactly <paramref name="content"/>. One that cannot be read
    /// (too large, access denied, or on Windows a link to something gone, which File.Exists still sees) does not; it is
    /// then kept as a file that could not be read (<see cref="WhyNotReplaceable"/>).
    /// </summary>
    internal bool Holds(string path, byte[] content)
    {
        try
        {
            return _fileSystem.ReadAllBytes(path, MaxExistingBytes).SequenceEqual(content);
        }
        catch (Exception e) when (e is FileTooLargeException or FileNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>False when the target appeared meanwhile; every other failure throws.</summary>
    private bool TryWriteNew(string target, byte[] content)
    {
        var written = true;
        WriteViaTemporary(target, content, temporary =>
        {
            try
            {
                _fileSystem.MoveNoOverwrite(temporary, target);
            }
            catch (IOException) when (_fileSystem.FileExists(target))
            {
                written = false;
            }
        });
        return written;
    }

    private void WriteViaTemporary(string target, byte[] content, Action<string> putInPlace)
    {
        var directory = Path.GetDirectoryName(target) ?? string.Empty;
        RemoveStaleTemporaries(directory);
        var temporary = Path.Combine(directory, TemporaryPrefix + Guid.NewGuid().ToString("N").Substring(0, RandomLength) + TemporaryExtension);
        try
        {
            _fileSystem.WriteNewFile(temporary, content);
            putInPlace(temporary);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Deletes the temporary files killed exports left in this folder; they never hold the output. A recent one may
    /// belong to an export running right now in another process, so only those older than <see cref="StaleAfter"/> go.
    /// </summary>
    private void RemoveStaleTemporaries(string directory)
    {
        try
        {
            var stale = _fileSystem.FilesStartingWith(directory, TemporaryPrefix)
                .Where(f => IsTemporaryName(f.Name) && DateTime.UtcNow - f.LastWriteUtc > StaleAfter)
                .Select(f => Path.Combine(directory, f.Name))
                .ToList();
            foreach (var path in stale)
                TryDelete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tidying up is a courtesy; the export itself must not fail over it.
        }
    }

    private static bool IsTemporaryName(string name) =>
        name.Length == TemporaryPrefix.Length + RandomLength + TemporaryExtension.Length
        && name.StartsWith(TemporaryPrefix, StringComparison.Ordinal)
        && name.EndsWith(TemporaryExtension, StringComparison.Ordinal)
        && name.Substring(TemporaryPrefix.Length, RandomLength).All(Uri.IsHexDigit);

    private void TryDelete(string temporary)
    {
        try
        {
            if (_fileSystem.FileExists(temporary))
                _fileSystem.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // After a failed write the original exception says why, so it wins; a stale leftover just stays.
        }
    }
}

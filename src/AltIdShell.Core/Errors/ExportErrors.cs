using System;
using System.Collections.Generic;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Errors;

/// <summary>Builds each <see cref="ExportException"/> with its Danish and English message (<see cref="ExportErrorText"/>), in one place.</summary>
internal static class ExportErrors
{
    public static ExportException WrongPassword() => new(ExportErrorKind.WrongPassword, ExportErrorText.WrongPassword);

    public static ExportException NotPkcs12(LocalizedText reason) => new(ExportErrorKind.NotPkcs12, ExportErrorText.NotPkcs12.Format(reason));

    public static ExportException NotACertificate(LocalizedText reason) => new(ExportErrorKind.NotACertificate, ExportErrorText.NotACertificate.Format(reason));

    /// <summary>Damaged in the ASN.1 structure of that name (PFX, SafeContents), which reads the same in both languages.</summary>
    public static ExportException Corrupt(string structure, Exception? inner = null) => Corrupt(new LocalizedText(structure, structure), inner);

    public static ExportException Corrupt(LocalizedText where, Exception? inner = null) =>
        new(ExportErrorKind.Corrupt, ExportErrorText.Corrupt.Format(where), inner);

    public static ExportException Pbmac1WithoutKeyLength() => new(ExportErrorKind.Corrupt, ExportErrorText.Pbmac1WithoutKeyLength);

    public static ExportException Pbmac1KeyTooShort(int keyBytes, int hmacBytes) =>
        new(ExportErrorKind.Corrupt, ExportErrorText.Pbmac1KeyTooShort.Format(keyBytes, hmacBytes));

    public static ExportException UnsupportedAlgorithm(string algorithm) =>
        new(ExportErrorKind.UnsupportedAlgorithm, ExportErrorText.UnsupportedAlgorithm.Format(algorithm));

    public static ExportException LimitExceeded(LocalizedText what, object value, long limit) =>
        new(ExportErrorKind.LimitExceeded, ExportErrorText.LimitExceeded.Format(what, value, limit));

    public static ExportException NoCertificate() => new(ExportErrorKind.NoCertificate, ExportErrorText.NoCertificate);

    public static ExportException OnlyCaCertificates() => new(ExportErrorKind.OnlyCaCertificates, ExportErrorText.OnlyCaCertificates);

    /// <summary>For <see cref="CerInspector"/>, which has nobody to ask: the question an export returns as a value.</summary>
    public static ExportException SeveralCertificates(LocalizedText text, IReadOnlyList<CertificateSummary> candidates) =>
        new(text, candidates: candidates);

    /// <summary>For the store export, which asks its caller through the exception: a .cer export returns it as a value.</summary>
    public static ExportException OutputExists(string path, LocalizedText? whyKept) =>
        new(ExistingFileText(path, whyKept), existingPath: path, mayReplace: whyKept == null);

    /// <summary>What a file in the way at <paramref name="path"/> is said to be: a certificate to keep or replace, or why it is kept.</summary>
    public static LocalizedText ExistingFileText(string path, LocalizedText? whyKept) =>
        whyKept is { } why ? ExportErrorText.OutputNotReplaceable.Format(path, why) : ExportErrorText.OutputExists.Format(path);

    public static ExportException OutputIsOtherInput(string source, string other) =>
        new(ExportErrorKind.OutputIsInput, ExportErrorText.OutputIsOtherInput.Format(source, other));

    public static ExportException OutputIsInput(string source, string target) =>
        new(ExportErrorKind.OutputIsInput, ExportErrorText.OutputIsInput.Format(source, target));

    public static ExportException SourceNotFound(string path) => new(ExportErrorKind.SourceNotFound, ExportErrorText.SourceNotFound.Format(path));

    public static ExportException AccessDenied(string path, Exception inner) =>
        new(ExportErrorKind.AccessDenied, ExportErrorText.AccessDenied.Format(path), inner);

    public static ExportException ReadDenied(string path, Exception inner) =>
        new(ExportErrorKind.AccessDenied, ExportErrorText.ReadDenied.Format(path), inner);

    public static ExportException FolderNotSearchable(string path, Exception inner) =>
        new(ExportErrorKind.AccessDenied, ExportErrorText.FolderNotSearchable.Format(path), inner);

    public static ExportException LinkLoop(string path, Exception inner) =>
        new(ExportErrorKind.Io, ExportErrorText.LinkLoop.Format(path), inner);

    public static ExportException StatusFailed(string path, int errno, Exception inner) =>
        new(ExportErrorKind.Io, ExportErrorText.StatusFailed.Format(path, errno), inner);

    public static ExportException ReadOnlyFile(string path, Exception inner) =>
        new(ExportErrorKind.AccessDenied, ExportErrorText.ReadOnlyFile.Format(path), inner);

    public static ExportException FileLocked(string path, Exception inner) =>
        new(ExportErrorKind.FileLocked, ExportErrorText.FileLocked.Format(path), inner);

    public static ExportException ReservedName(string path, string device) =>
        new(ExportErrorKind.ReservedName, ExportErrorText.ReservedName.Format(path, device));

    public static ExportException DiskFull(string path, Exception inner) =>
        new(ExportErrorKind.DiskFull, ExportErrorText.DiskFull.Format(path), inner);

    public static ExportException PathTooLong(string path, Exception inner) =>
        new(ExportErrorKind.PathTooLong, ExportErrorText.PathTooLong.Format(path), inner);

    public static ExportException Io(string path, Exception inner) =>
        new(ExportErrorKind.Io, ExportErrorText.Io.Format(path, inner.Message), inner);

    public static ExportException InputIsFolder(string path) => new(ExportErrorKind.NotARegularFile, ExportErrorText.InputIsFolder.Format(path));

    public static ExportException OutputIsFolder(string path) => new(ExportErrorKind.NotARegularFile, ExportErrorText.OutputIsFolder.Format(path));

    public static ExportException NotARegularFile(string path) => new(ExportErrorKind.NotARegularFile, ExportErrorText.NotARegularFile.Format(path));

    public static ExportException OutputFolderMissing(string path) =>
        new(ExportErrorKind.OutputFolderMissing, ExportErrorText.OutputFolderMissing.Format(path));
}

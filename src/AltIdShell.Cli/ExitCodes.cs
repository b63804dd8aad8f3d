using System.Collections.Generic;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli;

/// <summary>One exit code per failure class, documented in the README, stable for scripts.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int WrongPassword = 2;
    public const int NotReadable = 3;
    public const int Unsupported = 4;
    public const int LimitExceeded = 5;
    public const int CertificateChoice = 6;
    public const int OutputExists = 7;
    public const int FileSystem = 8;
    /// <summary>The file was read (and for export, written), but the certificate does not suit the chosen register.</summary>
    public const int NotSuitable = 9;
    /// <summary>The .cer would have been written over the file being exported from, or another file of the batch; nothing was written.</summary>
    public const int InputWouldBeOverwritten = 10;
    /// <summary>With --require-revocation: the certificate suits the register, but the OCSP responder did not confirm it is not revoked.</summary>
    public const int RevocationNotConfirmed = 11;
    /// <summary>Ctrl+C stopped the command (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>Every code with what it means, for --help.</summary>
    public static IReadOnlyList<(int Code, LocalizedText Text)> Described { get; } = new[]
    {
        (Success, CliText.ExitSuccess), (Usage, CliText.ExitUsage), (WrongPassword, CliText.ExitWrongPassword),
        (NotReadable, CliText.ExitNotReadable), (Unsupported, CliText.ExitUnsupported), (LimitExceeded, CliText.ExitLimitExceeded),
        (CertificateChoice, CliText.ExitCertificateChoice), (OutputExists, CliText.ExitOutputExists), (FileSystem, CliText.ExitFileSystem),
        (NotSuitable, CliText.ExitNotSuitable), (InputWouldBeOverwritten, CliText.ExitInputWouldBeOverwritten),
        (RevocationNotConfirmed, CliText.ExitRevocationNotConfirmed), (Cancelled, CliText.ExitCancelled),
    };

    /// <summary>
    /// Success only when the verdict suits the chosen register (suitable for production, test-only for --test) and,
    /// with <paramref name="requireRevocation"/>, the responder said "not revoked".
    /// </summary>
    public static int For(AltIdVerdict verdict, AltIdRegister register, bool requireRevocation = false) =>
        !verdict.Suits(register) ? NotSuitable
        : requireRevocation && verdict.Revocation != RevocationStatus.Good ? RevocationNotConfirmed
        : Success;

    /// <summary>
    /// Every outcome that stops an export, by the kind it carries: a wrong password, a certificate to choose and a file
    /// in the way have theirs (<see cref="ExportAttempt"/>), so no outcome goes without a code.
    /// </summary>
    public static int For(ExportAttempt.Stopped stopped) => For(stopped.Kind);

    // No fallback arm: a new kind without a code is a compile error (CS8509). Only values outside the enum, which
    // nothing produces, are left to the runtime's SwitchExpressionException (CS8524).
#pragma warning disable CS8524
    public static int For(ExportErrorKind kind) => kind switch
    {
        ExportErrorKind.WrongPassword => WrongPassword,
        ExportErrorKind.NotPkcs12 or ExportErrorKind.NotACertificate or ExportErrorKind.Corrupt => NotReadable,
        ExportErrorKind.UnsupportedAlgorithm => Unsupported,
        ExportErrorKind.LimitExceeded => LimitExceeded,
        ExportErrorKind.NoCertificate or ExportErrorKind.OnlyCaCertificates or ExportErrorKind.SeveralCertificates => CertificateChoice,
        ExportErrorKind.OutputExists => OutputExists,
        ExportErrorKind.OutputIsInput => InputWouldBeOverwritten,
        ExportErrorKind.SourceNotFound or ExportErrorKind.AccessDenied or ExportErrorKind.FileLocked or ExportErrorKind.DiskFull
            or ExportErrorKind.PathTooLong or ExportErrorKind.ReservedName or ExportErrorKind.Io or ExportErrorKind.NotARegularFile
            or ExportErrorKind.OutputFolderMissing => FileSystem,
    };
#pragma warning restore CS8524
}

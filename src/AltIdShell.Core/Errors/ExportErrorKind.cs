namespace AltIdShell.Core.Errors;

/// <summary>Every way an export can fail. Callers map these to exit codes, dialogs and retries.</summary>
public enum ExportErrorKind
{
    WrongPassword,
    NotPkcs12,
    NotACertificate,
    Corrupt,
    UnsupportedAlgorithm,
    LimitExceeded,
    NoCertificate,
    OnlyCaCertificates,
    SeveralCertificates,
    OutputExists,
    SourceNotFound,
    AccessDenied,
    FileLocked,
    DiskFull,
    PathTooLong,
    ReservedName,
    Io,
}

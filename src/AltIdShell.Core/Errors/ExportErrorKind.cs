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
    /// <summary>The .cer would be written over the very file it is read from.</summary>
    OutputIsInput,
    SourceNotFound,
    AccessDenied,
    FileLocked,
    DiskFull,
    PathTooLong,
    ReservedName,
    Io,
    /// <summary>A folder, FIFO, device or socket where a file is read or written.</summary>
    NotARegularFile,
    /// <summary>The folder the .cer should go to does not exist.</summary>
    OutputFolderMissing,
}

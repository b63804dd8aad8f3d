namespace AltIdShell.Desktop.Launch;

/// <summary>Why a path handed to the tray is refused. None means it is accepted.</summary>
public enum PathRejection
{
    None,
    Empty,
    TooLong,
    ControlCharacter,
    NotAbsolute,
    RelativeSegment,
    NotCertificateFile,
    Missing,
}

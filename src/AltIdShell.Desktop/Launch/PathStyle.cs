namespace AltIdShell.Desktop.Launch;

/// <summary>Which operating system's path rules apply; the tray runs on Windows and, for tests, under Mono on Linux.</summary>
public enum PathStyle
{
    Windows,
    Unix,
}

using System;
using AltIdShell.Desktop.Launch;

namespace AltIdShell.Desktop.Autostart;

/// <summary>
/// The "Start with Windows" value under HKCU\…\CurrentVersion\Run, and how to read it back. Task Manager's
/// Startup tab does not delete the Run value when the user disables it; it writes a StartupApproved\Run entry whose
/// first byte is odd, so "on" means: our value is there and the user has not switched it off.
/// </summary>
public static class AutostartEntry
{
    public const string RunKey = @"Software\Microsoft\Windows\CurrentVersion\Run";
    public const string StartupApprovedKey = @"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run";

    public static string CommandFor(string trayExecutablePath) => "\"" + trayExecutablePath + "\" " + LaunchParser.BackgroundOption;

    public static bool IsEnabled(string? runValue, byte[]? startupApproved) =>
        !string.IsNullOrWhiteSpace(runValue) && !IsDisabledByUser(startupApproved);

    /// <summary>True when the Run value points at this tray executable, so a moved install is noticed and rewritten.</summary>
    public static bool PointsAt(string? runValue, string trayExecutablePath) =>
        string.Equals(runValue?.Trim(), CommandFor(trayExecutablePath), StringComparison.OrdinalIgnoreCase);

    public static bool IsDisabledByUser(byte[]? startupApproved) =>
        startupApproved is { Length: > 0 } && (startupApproved[0] & 1) == 1;

    /// <summary>What StartupApproved\Run holds for an enabled entry: switching autostart on must clear a past "disabled".</summary>
    public static byte[] EnabledMarker() => new byte[] { 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
}

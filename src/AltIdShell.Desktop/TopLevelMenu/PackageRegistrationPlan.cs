using System;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// When the tray registers the sparse package for its user: on Windows 11 only (Windows 10 never shows the verb),
/// when the install ships the package, and once per installed version (an upgrade must register again: the package
/// names the new install folder). A failure is said once per version; later starts retry quietly.
/// </summary>
public static class PackageRegistrationPlan
{
    /// <param name="registeredVersion">The version the tray recorded after its last successful registration, or null.</param>
    /// <param name="currentVersion">The running tray's version.</param>
    /// <param name="os">The running Windows version.</param>
    /// <param name="packageShipped">Whether AltIdShell.msix lies beside the tray (a development build has none).</param>
    public static bool NeedsRegistration(string? registeredVersion, string currentVersion, Version os, bool packageShipped) =>
        packageShipped && TopLevelVerb.IsShownOn(os) && !string.Equals(registeredVersion, currentVersion, StringComparison.Ordinal);

    /// <param name="reportedVersion">The version whose registration failure the user was last told about, or null.</param>
    /// <param name="currentVersion">The running tray's version.</param>
    public static bool ReportsFailure(string? reportedVersion, string currentVersion) =>
        !string.Equals(reportedVersion, currentVersion, StringComparison.Ordinal);
}

using System;
using System.Linq;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// When the tray registers the sparse package for its user: on Windows 11 only (Windows 10 never shows the verb), when
/// the install ships the package, and whenever the record does not describe a registration that exists now for this
/// version and this install folder (an upgrade, a move, or a package removed by anyone else). A failure is said once
/// per version; later starts retry quietly.
/// </summary>
public static class PackageRegistrationPlan
{
    /// <param name="record">The tray's record of its last successful registration, or null.</param>
    /// <param name="registeredNow">Whether Windows has the package registered for this user at this moment.</param>
    /// <param name="currentVersion">The running tray's version.</param>
    /// <param name="installFolder">The running tray's folder: the external location a registration must name.</param>
    /// <param name="trayRegisteredUtc">
    /// When the installer last wrote the tray's registration (RegisteredTray), null when unknown: a record older than
    /// that no longer lets the classic item step aside (TopLevelVerb), so a new registration must replace it.
    /// </param>
    /// <param name="os">The running Windows version.</param>
    /// <param name="packageShipped">Whether AltIdShell.msix lies beside the tray (a development build has none).</param>
    internal static bool NeedsRegistration(PackageRegistrationRecord? record, bool registeredNow, string currentVersion, string installFolder,
        DateTime? trayRegisteredUtc, Version os, bool packageShipped) =>
        packageShipped && TopLevelVerb.IsShownOn(os)
        && !(record != null && registeredNow
             && string.Equals(record.Version, currentVersion, StringComparison.Ordinal)
             && PackageRegistrationRecord.SameFolder(record.ExternalFolder, installFolder)
             && (trayRegisteredUtc == null || record.RegisteredUtc > trayRegisteredUtc.Value));

    /// <summary>
    /// Whether the record may stay: only while the package it describes is registered (review W3-L8); without it the
    /// classic item comes back at once, in every Explorer.
    /// </summary>
    internal static bool KeepsRecord(PackageRegistrationRecord? record, bool registeredNow) => record != null && registeredNow;

    /// <param name="reportedVersion">The version whose registration failure the user was last told about, or null.</param>
    /// <param name="currentVersion">The running tray's version.</param>
    public static bool ReportsFailure(string? reportedVersion, string currentVersion) =>
        !string.Equals(reportedVersion, currentVersion, StringComparison.Ordinal);

    /// <summary>
    /// A Windows path (C:\… or \\server\share\…) as the file: URI PackageManager takes for the package and its external
    /// location, every name percent-escaped: a folder may be called "C# #1" or "100%", which a Uri built from the path
    /// would cut at the '#' or mis-read.
    /// </summary>
    public static string FileUri(string windowsPath)
    {
        var unc = windowsPath.StartsWith(@"\\", StringComparison.Ordinal);
        var parts = windowsPath.TrimStart('\\').Split('\\').Where(part => part.Length > 0).ToArray();
        if (parts.Length == 0 || (!unc && !(parts[0].Length == 2 && char.IsLetter(parts[0][0]) && parts[0][1] == ':')))
            throw new ArgumentException("not an absolute Windows path", nameof(windowsPath));
        var escaped = parts.Select((part, i) => i == 0 && !unc ? part : Uri.EscapeDataString(part));
        return (unc ? "file://" : "file:///") + string.Join("/", escaped);
    }
}

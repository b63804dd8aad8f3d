using System;

namespace AltIdShell.Shared;

/// <summary>
/// When Windows shows the packaged verb in its top-level menu, and so when the classic handler stays silent to avoid
/// offering the same item twice. Windows 10 never shows packaged verbs: there the classic item is the only one.
/// </summary>
internal static class TopLevelVerb
{
    /// <summary>Windows 11 still reports itself as 10.0; its builds start at 22000.</summary>
    public const int FirstWindows11Build = 22000;

    public static bool IsShownOn(Version os) => os.Major > 10 || (os.Major == 10 && os.Build >= FirstWindows11Build);

    /// <param name="recordedVersion">The tray's <see cref="ProductIdentity.PackagedVerbValueName"/> record, null when absent.</param>
    /// <param name="os">The running Windows version.</param>
    public static bool ReplacesClassicItem(string? recordedVersion, Version os) =>
        !string.IsNullOrEmpty(recordedVersion) && IsShownOn(os);
}

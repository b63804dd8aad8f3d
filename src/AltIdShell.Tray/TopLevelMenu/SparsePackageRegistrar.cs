using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Shared;
using AltIdShell.Tray.WinRt;
using Microsoft.Win32;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>
/// Registers the sparse package (AltIdShell.msix, beside this exe) for the current user with the install folder as its
/// external location, and keeps the record the classic handler reads (<see cref="PackageRegistrationRecord"/>) true:
/// written after a registration, deleted whenever Windows no longer has the package. Runs as the user: a registration
/// is for whoever makes it.
/// </summary>
internal static class SparsePackageRegistrar
{
    /// <summary>The version whose registration failure the user was told about: said once per version.</summary>
    private const string FailureReportedValueName = "PackagedVerbFailureReported";

    private static string Folder => Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)!;

    private static string Version => Assembly.GetExecutingAssembly().GetName().Version!.ToString(3);

    /// <summary>
    /// Slow (the deployment service): call it off the UI thread. True when this call registered the package, so this
    /// process, started before, lacks the identity COM activates. <paramref name="reportFailure"/> gets the sentence to
    /// show, once per version.
    /// </summary>
    public static bool EnsureRegistered(Action<string> reportFailure)
    {
        var os = Environment.OSVersion.Version;
        if (!TopLevelVerb.IsShownOn(os))
            return false;
        using var key = Registry.CurrentUser.CreateSubKey(ProductIdentity.SettingsKey);
        // Older handlers step aside for any value of the former record: without it they show their item (both, not none).
        key.DeleteValue(PackageRegistrationRecord.FormerValueName, throwOnMissingValue: false);
        var record = PackageRegistrationRecord.Parse(key.GetValue(PackageRegistrationRecord.ValueName) as string);
        var registeredNow = PackageDeployment.IsRegistered() ?? record != null;
        if (!PackageRegistrationPlan.KeepsRecord(record, registeredNow))
            key.DeleteValue(PackageRegistrationRecord.ValueName, throwOnMissingValue: false);
        var package = Path.Combine(Folder, SparsePackageIdentity.FileName);
        if (!PackageRegistrationPlan.NeedsRegistration(record, registeredNow, Version, Folder, RegisteredTray.WrittenUtc(), os, File.Exists(package)))
            return false;
        // While the registration changes the classic item shows: two items for a moment, never none.
        key.DeleteValue(PackageRegistrationRecord.ValueName, throwOnMissingValue: false);
        var result = PackageDeployment.Add(package, Folder);
        if (result == 0)
        {
            key.SetValue(PackageRegistrationRecord.ValueName, new PackageRegistrationRecord(DateTime.UtcNow, Version, Folder).Format());
            key.DeleteValue(FailureReportedValueName, throwOnMissingValue: false);
            return true;
        }
        Trace.TraceWarning("AltIdShell: registering {0} failed: 0x{1:X8}", SparsePackageIdentity.FileName, result);
        if (PackageRegistrationPlan.ReportsFailure(key.GetValue(FailureReportedValueName) as string, Version))
        {
            key.SetValue(FailureReportedValueName, Version);
            reportFailure(PackageRegistrationFailure.Sentence(result, CultureInfo.CurrentUICulture));
        }
        return false;
    }

    /// <summary>
    /// The uninstaller, before the install folder goes: the user's own registration and record, or with
    /// <paramref name="allUsers"/> (run as SYSTEM by a per-machine uninstall) every user's registration.
    /// </summary>
    public static int Remove(bool allUsers)
    {
        if (!allUsers)
        {
            using var key = Registry.CurrentUser.OpenSubKey(ProductIdentity.SettingsKey, writable: true);
            key?.DeleteValue(PackageRegistrationRecord.ValueName, throwOnMissingValue: false);
            key?.DeleteValue(PackageRegistrationRecord.FormerValueName, throwOnMissingValue: false);
            key?.DeleteValue(FailureReportedValueName, throwOnMissingValue: false);
        }
        var result = PackageDeployment.Remove(allUsers);
        if (result == 0)
            return 0;
        Trace.TraceWarning("AltIdShell: removing {0} failed: 0x{1:X8}", SparsePackageIdentity.Name, result);
        return 1;
    }
}

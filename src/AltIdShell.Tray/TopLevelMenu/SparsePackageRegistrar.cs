using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Shared;
using Microsoft.Win32;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>
/// Registers the sparse package (AltIdShell.msix, beside this exe) for the current user with the install folder as its
/// external location, and records the version it registered under HKCU\Software\AltIdShell: that record is what the
/// classic handler reads to stay silent. Runs as the user (Add-AppxPackage registers for whoever runs it).
/// </summary>
internal static class SparsePackageRegistrar
{
    /// <summary>The version whose registration failure the user was told about: said once per version.</summary>
    private const string FailureReportedValueName = "PackagedVerbFailureReported";

    private static string Folder => Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)!;

    private static string Version => Assembly.GetExecutingAssembly().GetName().Version!.ToString(3);

    /// <summary>Slow (PowerShell): call it off the UI thread. <paramref name="reportFailure"/> gets the reason, once per version.</summary>
    public static void EnsureRegistered(Action<string> reportFailure)
    {
        using var key = Registry.CurrentUser.CreateSubKey(ProductIdentity.SettingsKey);
        var package = Path.Combine(Folder, SparsePackageIdentity.FileName);
        var registered = key.GetValue(ProductIdentity.PackagedVerbValueName) as string;
        if (!PackageRegistrationPlan.NeedsRegistration(registered, Version, Environment.OSVersion.Version, File.Exists(package)))
            return;
        var failure = PowerShell(PackageCommands.RegisterScript(package, Folder));
        if (failure == null)
        {
            key.SetValue(ProductIdentity.PackagedVerbValueName, Version);
            key.DeleteValue(FailureReportedValueName, throwOnMissingValue: false);
            return;
        }
        // The classic item under "Show more options" keeps working; without the record it also stays in Windows 11's menu.
        key.DeleteValue(ProductIdentity.PackagedVerbValueName, throwOnMissingValue: false);
        Trace.TraceWarning("AltIdShell: registering {0} failed: {1}", SparsePackageIdentity.FileName, failure);
        if (!PackageRegistrationPlan.ReportsFailure(key.GetValue(FailureReportedValueName) as string, Version))
            return;
        key.SetValue(FailureReportedValueName, Version);
        reportFailure(failure);
    }

    /// <summary>Removes the user's registration and its record (the uninstaller, before the install folder goes).</summary>
    public static int Remove()
    {
        using (var key = Registry.CurrentUser.OpenSubKey(ProductIdentity.SettingsKey, writable: true))
        {
            key?.DeleteValue(ProductIdentity.PackagedVerbValueName, throwOnMissingValue: false);
            key?.DeleteValue(FailureReportedValueName, throwOnMissingValue: false);
        }
        var failure = PowerShell(PackageCommands.RemoveScript());
        if (failure == null)
            return 0;
        Trace.TraceWarning("AltIdShell: removing {0} failed: {1}", SparsePackageIdentity.Name, failure);
        return 1;
    }

    /// <summary>Null on success, else what PowerShell said.</summary>
    private static string? PowerShell(string script)
    {
        var start = new ProcessStartInfo(PackageCommands.Executable, PackageCommands.Arguments(script))
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : (error + output.Result).Trim();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return e.Message;
        }
    }
}

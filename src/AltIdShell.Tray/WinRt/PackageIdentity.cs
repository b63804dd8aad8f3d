using System;

namespace AltIdShell.Tray.WinRt;

/// <summary>
/// Whether this process runs with the sparse package's identity: started from the registered external location, its
/// manifest's &lt;msix&gt; element took effect. Such a process is what COM activates for the packaged verb, and its
/// toasts must go out under the package's AppUserModelID.
/// </summary>
internal static class PackageIdentity
{
    private const int InsufficientBuffer = 122;
    private static readonly Lazy<bool> Packaged = new(Read);

    public static bool IsPackaged => Packaged.Value;

    private static bool Read()
    {
        if (!TrayPlatform.IsWindows)
            return false;
        try
        {
            uint length = 0;
            return NativeMethods.GetCurrentPackageFullName(ref length, IntPtr.Zero) == InsufficientBuffer;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // Windows 7: no packages at all
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using AltIdShell.Desktop.Registration;
using AltIdShell.Desktop.TopLevelMenu;

namespace AltIdShell.Tray.WinRt;

/// <summary>
/// Registers and removes the sparse package through Windows.Management.Deployment.PackageManager (the API behind
/// Add-AppxPackage, without PowerShell, its execution policy or its error records): AddPackageByUriAsync with the
/// install folder as external location, for the calling user; RemovePackageAsync for the caller's own registrations,
/// or, as an administrator (the uninstaller runs as SYSTEM), RemovePackageWithOptionsAsync(RemoveForAllUsers) for
/// every registration of every user. Results are HRESULTs (0 is success); nothing throws.
/// </summary>
internal static class PackageDeployment
{
    private const string ManagerClass = "Windows.Management.Deployment.PackageManager";
    private const uint ForceUpdateFromAnyVersion = 1;
    private const uint RemoveForAllUsers = 0x80000; // RemovalOptions.RemoveForAllUsers
    private const int Timeout = unchecked((int)0x800705B4); // HRESULT_FROM_WIN32(ERROR_TIMEOUT)
    private const int Cancelled = unchecked((int)0x800704C7); // HRESULT_FROM_WIN32(ERROR_CANCELLED)
    /// <summary>A deployment waits for files in use and the deployment service's queue; longer means something hangs.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static int Add(string packagePath, string externalFolder) => OnMta(pointers =>
    {
        var manager = WinRtObjects.Activate(ManagerClass, pointers);
        var deploy = WinRtObjects.As<IPackageManager9>(WinRtObjects.Interface<IPackageManager9>(manager, pointers));
        var uris = WinRtObjects.Factory<IUriRuntimeClassFactory>("Windows.Foundation.Uri", pointers);
        var options = WinRtObjects.Interface<IAddPackageOptions>(WinRtObjects.Activate("Windows.Management.Deployment.AddPackageOptions", pointers), pointers);
        var settings = WinRtObjects.As<IAddPackageOptions>(options);
        Check(settings.SetExternalLocationUri(Uri(uris, PackageRegistrationPlan.FileUri(externalFolder), pointers)));
        Check(settings.SetForceUpdateFromAnyVersion((byte)ForceUpdateFromAnyVersion));
        Check(deploy.AddPackageByUriAsync(Uri(uris, PackageRegistrationPlan.FileUri(packagePath), pointers), options, out var operation));
        return Wait(pointers.Add(operation));
    });

    /// <summary>Whether the package is registered for this user now: null when Windows could not say.</summary>
    public static bool? IsRegistered()
    {
        bool? registered = null;
        var result = OnMta(pointers =>
        {
            registered = FullNames(allUsers: false, pointers).Count > 0;
            return 0;
        });
        return result == 0 ? registered : null;
    }

    /// <summary>Every registration of the package: the caller's own, or with <paramref name="allUsers"/> every user's.</summary>
    public static int Remove(bool allUsers) => OnMta(pointers =>
    {
        var manager = WinRtObjects.Activate(ManagerClass, pointers);
        var perUser = WinRtObjects.As<IPackageManager>(WinRtObjects.Interface<IPackageManager>(manager, pointers));
        var withOptions = allUsers ? WinRtObjects.As<IPackageManager2>(WinRtObjects.Interface<IPackageManager2>(manager, pointers)) : null;
        var first = 0;
        foreach (var fullName in FullNames(allUsers, pointers))
        {
            using var name = new HString(fullName);
            IntPtr operation;
            Check(withOptions != null
                ? withOptions.RemovePackageWithOptionsAsync(name.Handle, RemoveForAllUsers, out operation)
                : perUser.RemovePackageAsync(name.Handle, out operation));
            var result = Wait(pointers.Add(operation));
            if (result != 0)
                Trace.TraceWarning("AltIdShell: removing {0} failed: 0x{1:X8}", fullName, result);
            first = first != 0 ? first : result;
        }
        return first;
    });

    /// <summary>The full names (one per installed version) of AltIdShell/CN=AltIdShell packages.</summary>
    private static List<string> FullNames(bool allUsers, PointerBag pointers)
    {
        var manager = WinRtObjects.As<IPackageManager>(WinRtObjects.Interface<IPackageManager>(WinRtObjects.Activate(ManagerClass, pointers), pointers));
        using var name = new HString(SparsePackageIdentity.Name);
        using var publisher = new HString(SparsePackageIdentity.Publisher);
        IntPtr packages;
        // An empty SID (a null HSTRING) means the calling user; every user's needs an administrator.
        Check(allUsers
            ? manager.FindPackagesByNamePublisher(name.Handle, publisher.Handle, out packages)
            : manager.FindPackagesByUserSecurityIdNamePublisher(IntPtr.Zero, name.Handle, publisher.Handle, out packages));
        var iterable = WinRtObjects.As<IIterableOfPackage>(WinRtObjects.Interface<IIterableOfPackage>(pointers.Add(packages), pointers));
        Check(iterable.First(out var iteratorPointer));
        var iterator = WinRtObjects.As<IIteratorOfPackage>(pointers.Add(iteratorPointer));
        var names = new List<string>();
        Check(iterator.GetHasCurrent(out var hasCurrent));
        while (hasCurrent != 0)
        {
            Check(iterator.GetCurrent(out var package));
            Check(WinRtObjects.As<IPackage>(WinRtObjects.Interface<IPackage>(pointers.Add(package), pointers)).GetId(out var id));
            Check(WinRtObjects.As<IPackageId>(WinRtObjects.Interface<IPackageId>(pointers.Add(id), pointers)).GetFullName(out var fullName));
            names.Add(WinRtObjects.TakeString(fullName));
            Check(iterator.MoveNext(out hasCurrent));
        }
        return names;
    }

    private static IntPtr Uri(IUriRuntimeClassFactory factory, string uri, PointerBag pointers)
    {
        using var text = new HString(uri);
        Check(factory.CreateUri(text.Handle, out var instance));
        return pointers.Add(instance);
    }

    /// <summary>The operation's outcome: 0, its error code, or a timeout after which it is cancelled.</summary>
    private static int Wait(IntPtr operation)
    {
        var info = WinRtObjects.As<IAsyncInfo>(operation);
        var clock = Stopwatch.StartNew();
        AsyncStatus status;
        while (true)
        {
            Check(info.GetStatus(out status));
            if (status != AsyncStatus.Started)
                break;
            if (clock.Elapsed > Patience)
            {
                info.Cancel();
                return Timeout;
            }
            Thread.Sleep(100);
        }
        var result = status switch
        {
            AsyncStatus.Completed => 0,
            AsyncStatus.Canceled => Cancelled,
            _ => info.GetErrorCode(out var error) >= 0 && error < 0 ? error : HResultFail,
        };
        info.Close();
        return result;
    }

    private const int HResultFail = unchecked((int)0x80004005);

    /// <summary>On an MTA thread of its own (WinRT needs one; the tray's UI thread and Main are STAs); never throws.</summary>
    private static int OnMta(Func<PointerBag, int> work) =>
        WinRtObjects.OnMtaThread("AltIdShell package", () =>
        {
            using var pointers = new PointerBag();
            try
            {
                return work(pointers);
            }
            catch (Exception e)
            {
                TrayLog.Fault("package", e);
                return e.HResult < 0 ? e.HResult : HResultFail;
            }
        }, Patience + TimeSpan.FromMinutes(1), Timeout);

    private static void Check(int hresult)
    {
        if (hresult < 0)
            Marshal.ThrowExceptionForHR(hresult);
    }
}

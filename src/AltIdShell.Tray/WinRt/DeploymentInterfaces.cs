using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Tray.WinRt;

// Windows.Management.Deployment's PackageManager and what it takes and gives, declared by hand as the toast interfaces
// are (net48 on Linux builds without Windows.winmd). Slots after IInspectable's three, in the order of
// windows.management.deployment.idl (as the Windows SDK header and the windows-rs projection list them); only the slots
// we call and those before them. HSTRINGs and interface pointers stay IntPtr; enums travel as uint, WinRT booleans
// as one byte.

[ComImport, Guid("9A7D4B65-5E8F-4FC7-A2E5-7F6925CB8B53"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IPackageManager
{
    [PreserveSig] int AddPackageAsync(IntPtr packageUri, IntPtr dependencyPackageUris, uint deploymentOptions, out IntPtr operation);
    [PreserveSig] int UpdatePackageAsync(IntPtr packageUri, IntPtr dependencyPackageUris, uint deploymentOptions, out IntPtr operation);
    [PreserveSig] int RemovePackageAsync(IntPtr packageFullName, out IntPtr operation);
    [PreserveSig] int StagePackageAsync(IntPtr packageUri, IntPtr dependencyPackageUris, out IntPtr operation);
    [PreserveSig] int RegisterPackageAsync(IntPtr manifestUri, IntPtr dependencyPackageUris, uint deploymentOptions, out IntPtr operation);
    [PreserveSig] int FindPackages(out IntPtr packages);
    [PreserveSig] int FindPackagesByUserSecurityId(IntPtr userSecurityId, out IntPtr packages);
    /// <summary>Every user's packages of that name and publisher: administrators only.</summary>
    [PreserveSig] int FindPackagesByNamePublisher(IntPtr packageName, IntPtr packagePublisher, out IntPtr packages);
    /// <summary>An empty SID means the calling user.</summary>
    [PreserveSig] int FindPackagesByUserSecurityIdNamePublisher(IntPtr userSecurityId, IntPtr packageName, IntPtr packagePublisher, out IntPtr packages);
}

[ComImport, Guid("F7AAD08D-0840-46F2-B5D8-CAD47693A095"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IPackageManager2
{
    [PreserveSig] int RemovePackageWithOptionsAsync(IntPtr packageFullName, uint removalOptions, out IntPtr operation);
}

/// <summary>Windows 10 2004 and later: adding a package with an external location.</summary>
[ComImport, Guid("1AA79035-CC71-4B2E-80A6-C7041D8579A7"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IPackageManager9
{
    [PreserveSig] int FindProvisionedPackages(out IntPtr packages);
    [PreserveSig] int AddPackageByUriAsync(IntPtr packageUri, IntPtr options, out IntPtr operation);
}

[ComImport, Guid("05CEE018-F68F-422B-95A4-66679EC77FC0"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IAddPackageOptions
{
    [PreserveSig] int GetDependencyPackageUris(out IntPtr value);
    [PreserveSig] int GetTargetVolume(out IntPtr value);
    [PreserveSig] int SetTargetVolume(IntPtr value);
    [PreserveSig] int GetOptionalPackageFamilyNames(out IntPtr value);
    [PreserveSig] int GetOptionalPackageUris(out IntPtr value);
    [PreserveSig] int GetRelatedPackageUris(out IntPtr value);
    [PreserveSig] int GetExternalLocationUri(out IntPtr value);
    [PreserveSig] int SetExternalLocationUri(IntPtr value);
    [PreserveSig] int GetStubPackageOption(out uint value);
    [PreserveSig] int SetStubPackageOption(uint value);
    [PreserveSig] int GetDeveloperMode(out byte value);
    [PreserveSig] int SetDeveloperMode(byte value);
    [PreserveSig] int GetForceAppShutdown(out byte value);
    [PreserveSig] int SetForceAppShutdown(byte value);
    [PreserveSig] int GetForceTargetAppShutdown(out byte value);
    [PreserveSig] int SetForceTargetAppShutdown(byte value);
    [PreserveSig] int GetForceUpdateFromAnyVersion(out byte value);
    [PreserveSig] int SetForceUpdateFromAnyVersion(byte value);
}

/// <summary>Windows.Foundation.Uri's factory.</summary>
[ComImport, Guid("44A9796F-723E-4FDF-A218-033E75B0C084"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IUriRuntimeClassFactory
{
    [PreserveSig] int CreateUri(IntPtr uri, out IntPtr instance);
}

/// <summary>
/// What every WinRT async operation also is: its status and error code, without the operation's generic interface
/// (whose result, the DeploymentResult, the tray does not need: the error code says what failed).
/// </summary>
[ComImport, Guid("00000036-0000-0000-C000-000000000046"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IAsyncInfo
{
    [PreserveSig] int GetId(out uint value);
    [PreserveSig] int GetStatus(out AsyncStatus value);
    [PreserveSig] int GetErrorCode(out int value);
    [PreserveSig] int Cancel();
    [PreserveSig] int Close();
}

/// <summary>IIterable&lt;Windows.ApplicationModel.Package&gt;: its IID is derived from the generic signature (a test recomputes it).</summary>
[ComImport, Guid("69AD6AA7-0C49-5F27-A5EB-EF4D59467B6D"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IIterableOfPackage
{
    [PreserveSig] int First(out IntPtr iterator);
}

/// <summary>IIterator&lt;Windows.ApplicationModel.Package&gt;.</summary>
[ComImport, Guid("0217F069-025C-5EE6-A87F-E782E3B623AE"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IIteratorOfPackage
{
    [PreserveSig] int GetCurrent(out IntPtr package);
    [PreserveSig] int GetHasCurrent(out byte value);
    [PreserveSig] int MoveNext(out byte value);
}

[ComImport, Guid("163C792F-BD75-413C-BF23-B1FE7B95D825"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IPackage
{
    [PreserveSig] int GetId(out IntPtr packageId);
}

[ComImport, Guid("1ADB665E-37C7-4790-9980-DD7AE74E8BB2"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IPackageId
{
    [PreserveSig] int GetName(out IntPtr value);
    [PreserveSig] int GetVersion(out ulong value);
    [PreserveSig] int GetArchitecture(out uint value);
    [PreserveSig] int GetResourceId(out IntPtr value);
    [PreserveSig] int GetPublisher(out IntPtr value);
    [PreserveSig] int GetPublisherId(out IntPtr value);
    [PreserveSig] int GetFullName(out IntPtr value);
}

/// <summary>Windows.Foundation.AsyncStatus.</summary>
internal enum AsyncStatus
{
    Started = 0,
    Completed = 1,
    Canceled = 2,
    Error = 3,
}

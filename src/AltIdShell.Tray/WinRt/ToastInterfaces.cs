using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Tray.WinRt;

// The WinRT toast interfaces, declared by hand because net48 on Linux builds without Windows.winmd.
// Slots after IInspectable's three, in the order of windows.ui.notifications.idl; only the slots we call and those
// before them. Arguments stay IntPtr (HSTRING and interface pointers) so nothing depends on WinRT marshalling.

[ComImport, Guid("50AC103F-D235-4598-BBEF-98FE4D1A3AD4"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IToastNotificationManagerStatics
{
    [PreserveSig] int CreateToastNotifier(out IntPtr notifier);
    [PreserveSig] int CreateToastNotifierWithId(IntPtr applicationId, out IntPtr notifier);
}

[ComImport, Guid("75927B93-03F3-41EC-91D3-6E5BAC1B38E7"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IToastNotifier
{
    [PreserveSig] int Show(IntPtr notification);
    [PreserveSig] int Hide(IntPtr notification);
    [PreserveSig] int GetSetting(out NotificationSetting value);
}

[ComImport, Guid("04124B20-82C6-4229-B109-FD9ED4662B53"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IToastNotificationFactory
{
    [PreserveSig] int CreateToastNotification(IntPtr content, out IntPtr notification);
}

[ComImport, Guid("6CD0E74E-EE65-4489-9EBF-CA43E87BA637"), InterfaceType(ComInterfaceType.InterfaceIsIInspectable)]
internal interface IXmlDocumentIO
{
    [PreserveSig] int LoadXml(IntPtr xml);
}

/// <summary>Windows.UI.Notifications.NotificationSetting.</summary>
internal enum NotificationSetting
{
    Enabled = 0,
    DisabledForApplication = 1,
    DisabledForUser = 2,
    DisabledByGroupPolicy = 3,
    DisabledByManifest = 4,
}

using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>shobjidl_core.h IShellItemArray, in vtable order; the verb calls GetCount and GetItemAt only.</summary>
[ComImport]
[ComVisible(true)]
[Guid("B63EA76D-1F85-456F-A19C-48159EFA858B")]
[InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
public interface IShellItemArray
{
    [PreserveSig]
    int BindToHandler(IntPtr bindContext, ref Guid handler, ref Guid iid, out IntPtr result);

    [PreserveSig]
    int GetPropertyStore(int flags, ref Guid iid, out IntPtr result);

    [PreserveSig]
    int GetPropertyDescriptionList(IntPtr keyType, ref Guid iid, out IntPtr result);

    [PreserveSig]
    int GetAttributes(int attributeFlags, uint mask, out uint attributes);

    [PreserveSig]
    int GetCount(out uint count);

    [PreserveSig]
    int GetItemAt(uint index, out IShellItem? item);

    [PreserveSig]
    int EnumItems(out IntPtr items);
}

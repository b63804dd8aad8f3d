using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>shobjidl_core.h IShellItem, in vtable order; the verb calls GetDisplayName and GetAttributes only.</summary>
[ComImport]
[ComVisible(true)]
[Guid("43826D1E-E718-42EE-BC55-A1E261C37BFE")]
[InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
public interface IShellItem
{
    [PreserveSig]
    int BindToHandler(IntPtr bindContext, ref Guid handler, ref Guid iid, out IntPtr result);

    [PreserveSig]
    int GetParent(out IShellItem? parent);

    /// <param name="form">SIGDN; the verb asks for SIGDN_FILESYSPATH.</param>
    /// <param name="name">A CoTaskMem LPWSTR the caller frees.</param>
    [PreserveSig]
    int GetDisplayName(uint form, out IntPtr name);

    [PreserveSig]
    int GetAttributes(uint mask, out uint attributes);

    [PreserveSig]
    int Compare(IShellItem? other, uint hint, out int order);
}

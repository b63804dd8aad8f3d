using System;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.ComTypes;

namespace AltIdShell.ContextMenu.Interop;

/// <summary>shobjidl_core.h IShellExtInit; Explorer calls it first with the selection.</summary>
[ComImport]
[ComVisible(true)]
[Guid("000214E8-0000-0000-C000-000000000046")]
[InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
public interface IShellExtInit
{
    [PreserveSig]
    int Initialize(IntPtr pidlFolder, [MarshalAs(UnmanagedType.Interface)] IDataObject dataObject, IntPtr progIdKey);
}

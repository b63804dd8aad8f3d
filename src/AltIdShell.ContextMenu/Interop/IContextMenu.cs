using System;
using System.Runtime.InteropServices;

namespace AltIdShell.ContextMenu.Interop;

/// <summary>shobjidl_core.h IContextMenu, in vtable order; every method returns its HRESULT itself.</summary>
[ComImport]
[ComVisible(true)]
[Guid("000214E4-0000-0000-C000-000000000046")]
[InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
public interface IContextMenu
{
    [PreserveSig]
    int QueryContextMenu(IntPtr menu, uint indexMenu, uint firstCommandId, uint lastCommandId, uint flags);

    /// <param name="invokeInfo">CMINVOKECOMMANDINFO or CMINVOKECOMMANDINFOEX; read through <see cref="CommandInvokeInfoLayout"/>.</param>
    [PreserveSig]
    int InvokeCommand(IntPtr invokeInfo);

    [PreserveSig]
    int GetCommandString(UIntPtr commandOffset, uint type, IntPtr reserved, IntPtr buffer, uint bufferChars);
}

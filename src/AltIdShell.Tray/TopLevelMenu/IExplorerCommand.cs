using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>
/// shobjidl_core.h IExplorerCommand, in vtable order: the Windows 11 top-level verb. Strings go out as CoTaskMem
/// LPWSTRs that Explorer frees; every method returns its HRESULT itself.
/// </summary>
[ComImport]
[ComVisible(true)]
[Guid("A08CE4D0-FA25-44AB-B57C-C7B1C323E0B9")]
[InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
public interface IExplorerCommand
{
    [PreserveSig]
    int GetTitle(IShellItemArray? items, out IntPtr title);

    [PreserveSig]
    int GetIcon(IShellItemArray? items, out IntPtr iconResource);

    [PreserveSig]
    int GetToolTip(IShellItemArray? items, out IntPtr toolTip);

    [PreserveSig]
    int GetCanonicalName(out Guid commandName);

    [PreserveSig]
    int GetState(IShellItemArray? items, [MarshalAs(UnmanagedType.Bool)] bool okToBeSlow, out uint state);

    /// <param name="items">The selection.</param>
    /// <param name="bindContext">IBindCtx, unused.</param>
    [PreserveSig]
    int Invoke(IShellItemArray? items, IntPtr bindContext);

    [PreserveSig]
    int GetFlags(out uint flags);

    /// <param name="commands">IEnumExplorerCommand; the verb has no sub-commands.</param>
    [PreserveSig]
    int EnumSubCommands(out IntPtr commands);
}

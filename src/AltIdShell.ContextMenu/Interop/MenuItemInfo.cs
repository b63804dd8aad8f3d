using System;
using System.Runtime.InteropServices;

namespace AltIdShell.ContextMenu.Interop;

/// <summary>winuser.h MENUITEMINFOW.</summary>
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
internal struct MenuItemInfo
{
    public const uint MiimId = 0x2;
    public const uint MiimString = 0x40;
    public const uint MiimBitmap = 0x80;
    public const uint MiimFType = 0x100;
    public const uint MftString = 0x0;

    public uint Size;
    public uint Mask;
    public uint Type;
    public uint State;
    public uint Id;
    public IntPtr SubMenu;
    public IntPtr CheckedBitmap;
    public IntPtr UncheckedBitmap;
    public UIntPtr ItemData;
    [MarshalAs(UnmanagedType.LPWStr)] public string TypeData;
    public uint TypeDataChars;
    public IntPtr Bitmap;
}

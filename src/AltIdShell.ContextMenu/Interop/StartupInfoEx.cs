using System;
using System.Runtime.InteropServices;

namespace AltIdShell.ContextMenu.Interop;

/// <summary>STARTUPINFOEXW: STARTUPINFOW followed by the attribute list (the tray's parent process).</summary>
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
internal struct StartupInfoEx
{
    public int Size;
    public IntPtr Reserved;
    public IntPtr Desktop;
    public IntPtr Title;
    public int X;
    public int Y;
    public int XSize;
    public int YSize;
    public int XCountChars;
    public int YCountChars;
    public int FillAttribute;
    public int Flags;
    public short ShowWindow;
    public short Reserved2Size;
    public IntPtr Reserved2;
    public IntPtr StdInput;
    public IntPtr StdOutput;
    public IntPtr StdError;
    public IntPtr AttributeList;
}

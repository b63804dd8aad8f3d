using System;
using System.Runtime.InteropServices;

namespace AltIdShell.ContextMenu.Interop;

/// <summary>PROCESS_INFORMATION: both handles are closed at once; the handler does not wait for the tray.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ProcessInformation
{
    public IntPtr Process;
    public IntPtr Thread;
    public int ProcessId;
    public int ThreadId;
}

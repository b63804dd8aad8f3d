using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Tray.WinRt;

/// <summary>A WinRT string for the length of a using block.</summary>
internal sealed class HString : IDisposable
{
    public HString(string value)
    {
        Marshal.ThrowExceptionForHR(NativeMethods.WindowsCreateString(value, value.Length, out var handle));
        Handle = handle;
    }

    public IntPtr Handle { get; private set; }

    public void Dispose()
    {
        if (Handle != IntPtr.Zero)
            NativeMethods.WindowsDeleteString(Handle);
        Handle = IntPtr.Zero;
    }
}

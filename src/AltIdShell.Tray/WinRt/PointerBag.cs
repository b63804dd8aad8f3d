using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace AltIdShell.Tray.WinRt;

/// <summary>Raw COM pointers taken during one WinRT operation, released together when it ends.</summary>
internal sealed class PointerBag : IDisposable
{
    private readonly List<IntPtr> _pointers = new();

    /// <summary>Keeps the pointer for release and gives it back, for use in the same expression.</summary>
    public IntPtr Add(IntPtr pointer)
    {
        _pointers.Add(pointer);
        return pointer;
    }

    public void Dispose()
    {
        foreach (var pointer in _pointers)
        {
            if (pointer != IntPtr.Zero)
                Marshal.Release(pointer);
        }
        _pointers.Clear();
    }
}

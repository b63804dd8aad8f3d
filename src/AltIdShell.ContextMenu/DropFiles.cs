using System;
using System.Collections.Generic;
using AltIdShell.ContextMenu.Interop;

namespace AltIdShell.ContextMenu;

/// <summary>The paths in a CF_HDROP handle, each read at its full length (paths may exceed MAX_PATH).</summary>
internal static class DropFiles
{
    public static string[] Read(IntPtr drop)
    {
        var count = NativeMethods.DragQueryFile(drop, NativeMethods.DragQueryFileCount, null, 0);
        var paths = new List<string>((int)Math.Min(count, 100_000));
        for (uint i = 0; i < count; i++)
        {
            var length = NativeMethods.DragQueryFile(drop, i, null, 0);
            if (length == 0)
                continue;
            var buffer = new char[length + 1];
            var copied = NativeMethods.DragQueryFile(drop, i, buffer, (uint)buffer.Length);
            paths.Add(new string(buffer, 0, (int)Math.Min(copied, length)));
        }
        return paths.ToArray();
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Shared;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>Explorer's selection (IShellItemArray) as the verb's rules see it: each item's file-system path and whether it is a folder.</summary>
internal static class ShellSelection
{
    private const uint FileSystemPath = 0x80058000; // SIGDN_FILESYSPATH
    private const uint FolderAttribute = 0x20000000; // SFGAO_FOLDER

    public static IReadOnlyList<SelectedItem> Read(IShellItemArray? items)
    {
        if (items == null)
            return Array.Empty<SelectedItem>();
        Check(items.GetCount(out var count));
        var selection = new List<SelectedItem>((int)Math.Min(count, 1024));
        for (uint i = 0; i < count; i++)
        {
            Check(items.GetItemAt(i, out var item));
            if (item == null)
                throw new COMException("IShellItemArray gave no item", HResult.Pointer);
            try
            {
                selection.Add(Read(item));
            }
            finally
            {
                Release(item);
            }
        }
        return selection;
    }

    /// <summary>
    /// Gives back one reference Explorer's call handed us (each marshalled parameter holds one on its wrapper), now
    /// rather than at the collector's next pass; a managed object (a test's fake selection) has none to give back.
    /// </summary>
    public static void Release(object? shellObject)
    {
        if (shellObject != null && Marshal.IsComObject(shellObject))
            Marshal.ReleaseComObject(shellObject);
    }

    private static SelectedItem Read(IShellItem item)
    {
        // S_FALSE ("not every bit of the mask is set") is an answer too.
        Check(item.GetAttributes(FolderAttribute, out var attributes));
        return new SelectedItem(PathOf(item), (attributes & FolderAttribute) != 0);
    }

    /// <summary>Null for an item that has no file-system path: that is how GetDisplayName says so.</summary>
    private static string? PathOf(IShellItem item)
    {
        if (item.GetDisplayName(FileSystemPath, out var name) < 0 || name == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUni(name);
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    private static void Check(int hresult)
    {
        if (hresult < 0)
            Marshal.ThrowExceptionForHR(hresult);
    }
}

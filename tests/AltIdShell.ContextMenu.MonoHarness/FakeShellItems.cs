using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using AltIdShell.Tray.TopLevelMenu;

namespace AltIdShell.ContextMenu.MonoHarness;

/// <summary>
/// Explorer's selection as the Windows 11 verb receives it: items whose file-system paths come out as CoTaskMem
/// strings (the verb must free them), folders flagged SFGAO_FOLDER, and items with no file-system path failing
/// GetDisplayName as Windows does.
/// </summary>
internal sealed class FakeShellItemArray : IShellItemArray
{
    private const int NotImplemented = unchecked((int)0x80004001);
    private readonly IReadOnlyList<IShellItem> _items;
    private readonly int _itemFailure;

    public FakeShellItemArray(IReadOnlyList<IShellItem> items, int itemFailure = 0)
    {
        _items = items;
        _itemFailure = itemFailure;
    }

    public static FakeShellItemArray Of(params IShellItem[] items) => new(items);

    public int BindToHandler(IntPtr bindContext, ref Guid handler, ref Guid iid, out IntPtr result) { result = IntPtr.Zero; return NotImplemented; }
    public int GetPropertyStore(int flags, ref Guid iid, out IntPtr result) { result = IntPtr.Zero; return NotImplemented; }
    public int GetPropertyDescriptionList(IntPtr keyType, ref Guid iid, out IntPtr result) { result = IntPtr.Zero; return NotImplemented; }
    public int GetAttributes(int attributeFlags, uint mask, out uint attributes) { attributes = 0; return NotImplemented; }
    public int EnumItems(out IntPtr items) { items = IntPtr.Zero; return NotImplemented; }

    public int GetCount(out uint count)
    {
        count = (uint)_items.Count;
        return 0;
    }

    public int GetItemAt(uint index, out IShellItem? item)
    {
        item = _itemFailure == 0 ? _items[(int)index] : null;
        return _itemFailure;
    }
}

internal sealed class FakeShellItem : IShellItem
{
    private const uint FileSystemPath = 0x80058000;
    private const uint FolderAttribute = 0x20000000;
    private const int NotImplemented = unchecked((int)0x80004001);
    private const int InvalidArgument = unchecked((int)0x80070057);
    private readonly string? _path;
    private readonly bool _folder;

    private FakeShellItem(string? path, bool folder)
    {
        _path = path;
        _folder = folder;
    }

    public static FakeShellItem File(string path) => new(path, folder: false);
    public static FakeShellItem Folder(string path) => new(path, folder: true);
    /// <summary>An item with no file-system path, such as a file inside a ZIP folder.</summary>
    public static FakeShellItem Virtual() => new(null, folder: false);

    public int BindToHandler(IntPtr bindContext, ref Guid handler, ref Guid iid, out IntPtr result) { result = IntPtr.Zero; return NotImplemented; }
    public int GetParent(out IShellItem? parent) { parent = null; return NotImplemented; }
    public int Compare(IShellItem? other, uint hint, out int order) { order = 0; return NotImplemented; }

    public int GetDisplayName(uint form, out IntPtr name)
    {
        name = IntPtr.Zero;
        if (form != FileSystemPath || _path == null)
            return InvalidArgument;
        name = Marshal.StringToCoTaskMemUni(_path);
        return 0;
    }

    public int GetAttributes(uint mask, out uint attributes)
    {
        attributes = _folder ? mask & FolderAttribute : 0;
        return attributes == mask ? 0 : 1; // S_FALSE: not every bit asked for is set
    }
}

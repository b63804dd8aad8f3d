using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.ComTypes;
using System.Text;
using AltIdShell.ContextMenu.Interop;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu;

/// <summary>
/// The Explorer context-menu handler: "Eksportér offentlig nøgle til AltID" on .p12/.pfx files, "Kontrollér certifikat
/// til AltID" on .cer/.crt/.p7b files (<see cref="MenuVerb"/>). It only hands the selection to AltIdShell.Tray.exe; every method catches everything, since an exception here would reach Explorer.
/// </summary>
[ComVisible(true)]
[Guid(ProductIdentity.ContextMenuClsidText)]
[ClassInterface(ClassInterfaceType.None)]
public sealed class ExportPublicKeyMenu : IShellExtInit, IContextMenu
{
    private static readonly CommandInvokeInfoLayout Layout = new(IntPtr.Size);
    private string[] _selection = Array.Empty<string>();

    public int Initialize(IntPtr pidlFolder, IDataObject dataObject, IntPtr progIdKey)
    {
        try
        {
            _selection = Array.Empty<string>();
            if (dataObject == null)
                return HResult.InvalidArgument;
            var format = new FORMATETC
            {
                cfFormat = NativeMethods.ClipboardFormatHDrop,
                dwAspect = DVASPECT.DVASPECT_CONTENT,
                lindex = -1,
                tymed = TYMED.TYMED_HGLOBAL,
            };
            dataObject.GetData(ref format, out var medium);
            try
            {
                _selection = DropFiles.Read(medium.unionmember);
            }
            finally
            {
                NativeMethods.ReleaseStgMedium(ref medium);
            }
            return HResult.Ok;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
    }

    public int QueryContextMenu(IntPtr menu, uint indexMenu, uint firstCommandId, uint lastCommandId, uint flags)
    {
        try
        {
            var verb = MenuPlacement.ItemFor(flags, firstCommandId, lastCommandId, _selection, PackagedVerbRecord.ReplacesClassicItem);
            if (verb == null)
                return HResult.Success(0);
            var bitmap = MenuBitmap.Handle;
            var item = new MenuItemInfo
            {
                Size = (uint)Marshal.SizeOf(typeof(MenuItemInfo)),
                Mask = MenuItemInfo.MiimString | MenuItemInfo.MiimId | MenuItemInfo.MiimFType
                       | (bitmap != IntPtr.Zero ? MenuItemInfo.MiimBitmap : 0),
                Type = MenuItemInfo.MftString,
                Id = firstCommandId + MenuVerb.Offset,
                TypeData = verb.Label(CultureInfo.CurrentUICulture),
                Bitmap = bitmap,
            };
            if (!NativeMethods.InsertMenuItem(menu, indexMenu, true, ref item))
                return Marshal.GetHRForLastWin32Error();
            return HResult.Success(MenuVerb.IdsUsed);
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
    }

    public int InvokeCommand(IntPtr invokeInfo)
    {
        try
        {
            if (invokeInfo == IntPtr.Zero)
                return HResult.InvalidArgument;
            var size = unchecked((uint)Marshal.ReadInt32(invokeInfo, CommandInvokeInfoLayout.SizeOffset));
            var mask = unchecked((uint)Marshal.ReadInt32(invokeInfo, CommandInvokeInfoLayout.MaskOffset));
            var verb = Address(Marshal.ReadIntPtr(invokeInfo, Layout.VerbOffset));
            var verbW = size >= Layout.ExSize ? Address(Marshal.ReadIntPtr(invokeInfo, Layout.VerbWOffset)) : 0;
            // A verb string can arrive through ShellExecute without our menu having been shown for this selection:
            // only the verb this selection gets is ours.
            var offered = MenuVerb.For(_selection);
            if (offered == null || !IsOurs(VerbDecoder.Decode(size, mask, verb, verbW, Layout.ExSize), offered))
                return HResult.Fail;
            TrayLauncher.Start(_selection, offered.Checks);
            return HResult.Ok;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
    }

    public int GetCommandString(UIntPtr commandOffset, uint type, IntPtr reserved, IntPtr buffer, uint bufferChars)
    {
        try
        {
            var verb = MenuVerb.For(_selection);
            if (commandOffset.ToUInt64() != MenuVerb.Offset || verb == null)
                return HResult.InvalidArgument;
            if (CommandString.IsValidate(type))
                return HResult.Ok;
            var text = CommandString.TextFor(type, verb, CultureInfo.CurrentUICulture);
            if (text == null)
                return HResult.NotImplemented;
            if (buffer == IntPtr.Zero)
                return HResult.Pointer;
            var bytes = CommandString.Encode(text, CommandString.IsUnicode(type), Encoding.Default, bufferChars);
            if (bytes == null)
                return HResult.InsufficientBuffer;
            Marshal.Copy(bytes, 0, buffer, bytes.Length);
            return HResult.Ok;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
    }

    private static ulong Address(IntPtr pointer) => unchecked((ulong)pointer.ToInt64());

    private static bool IsOurs(InvokedVerb invoked, MenuVerb offered) =>
        invoked.Kind switch
        {
            InvokedVerbKind.Offset => invoked.Offset == MenuVerb.Offset,
            InvokedVerbKind.Ansi => offered.IsNamed(Marshal.PtrToStringAnsi(new IntPtr(unchecked((long)invoked.StringPointer)))),
            _ => offered.IsNamed(Marshal.PtrToStringUni(new IntPtr(unchecked((long)invoked.StringPointer)))),
        };
}

using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.TopLevelMenu;
using AltIdShell.Shared;

namespace AltIdShell.Tray.TopLevelMenu;

/// <summary>
/// The Windows 11 top-level verb "Eksportér offentlig nøgle til AltID", served by this process as a COM local server
/// (the sparse package names it) so that no .NET code enters Explorer. The decisions are ExportVerbRules'; a click
/// hands the paths to the tray's export queue, or a refusal the tray shows (a vanished file, too many files): Explorer
/// shows nothing for a failed Invoke. Every method catches everything: an exception must not cross COM. Explorer's
/// selection objects are released as soon as they are read: a cross-process reference must not wait for the collector.
/// </summary>
[ComVisible(true)]
[Guid(ProductIdentity.ExplorerCommandClsidText)]
[ClassInterface(ClassInterfaceType.None)]
public sealed class ExportExplorerCommand : IExplorerCommand
{
    private const uint DefaultFlags = 0x0; // ECF_DEFAULT: a plain verb, no sub-commands, no separator

    public int GetTitle(IShellItemArray? items, out IntPtr title) =>
        Text(items, () => ExportVerbRules.Title(CultureInfo.CurrentUICulture), out title);

    public int GetIcon(IShellItemArray? items, out IntPtr iconResource) =>
        Text(items, () => ExportVerbRules.Icon(Path.GetDirectoryName(typeof(ExportExplorerCommand).Assembly.Location)!), out iconResource);

    public int GetToolTip(IShellItemArray? items, out IntPtr toolTip) =>
        Text(items, () => ExportVerbRules.ToolTip(CultureInfo.CurrentUICulture), out toolTip);

    /// <summary>The class's CLSID, as Windows Terminal's and pymanager's verbs answer: a stable, language-neutral name.</summary>
    public int GetCanonicalName(out Guid commandName)
    {
        commandName = ProductIdentity.ExplorerCommandClsid;
        return HResult.Ok;
    }

    public int GetState(IShellItemArray? items, bool okToBeSlow, out uint state)
    {
        // Hidden unless the selection is known to qualify, also when reading it fails.
        state = (uint)ExplorerCommandState.Hidden;
        ExplorerCommandServer.Touch();
        try
        {
            state = (uint)ExportVerbRules.State(ShellSelection.Read(items));
            return HResult.Ok;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
        finally
        {
            ShellSelection.Release(items);
        }
    }

    /// <summary>Ok once the tray has the click, whether to export or to say why it cannot: both reach the user.</summary>
    public int Invoke(IShellItemArray? items, IntPtr bindContext)
    {
        ExplorerCommandServer.Touch();
        try
        {
            // The tray's long-path-safe check: the classic item takes paths of 260 characters and more, so this does too.
            var request = ExportVerbRules.Request(ShellSelection.Read(items), CertificatePath.CurrentStyle, TrayFiles.Exists);
            return ExplorerCommandServer.Deliver(request) ? HResult.Ok : HResult.Fail;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
        finally
        {
            ShellSelection.Release(items);
        }
    }

    public int GetFlags(out uint flags)
    {
        flags = DefaultFlags;
        return HResult.Ok;
    }

    public int EnumSubCommands(out IntPtr commands)
    {
        commands = IntPtr.Zero;
        return HResult.NotImplemented;
    }

    /// <summary>A string for Explorer, which frees it with CoTaskMemFree.</summary>
    private static int Text(IShellItemArray? items, Func<string> text, out IntPtr result)
    {
        result = IntPtr.Zero;
        ExplorerCommandServer.Touch();
        try
        {
            result = Marshal.StringToCoTaskMemUni(text());
            return HResult.Ok;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
        finally
        {
            ShellSelection.Release(items);
        }
    }
}

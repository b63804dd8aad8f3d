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
/// hands the paths to the tray's export queue. Every method catches everything: an exception must not cross COM.
/// </summary>
[ComVisible(true)]
[Guid(ProductIdentity.ExplorerCommandClsidText)]
[ClassInterface(ClassInterfaceType.None)]
public sealed class ExportExplorerCommand : IExplorerCommand
{
    private const uint DefaultFlags = 0x0; // ECF_DEFAULT: a plain verb, no sub-commands, no separator

    public int GetTitle(IShellItemArray? items, out IntPtr title) =>
        Text(() => ExportVerbRules.Title(CultureInfo.CurrentUICulture), out title);

    public int GetIcon(IShellItemArray? items, out IntPtr iconResource) =>
        Text(() => ExportVerbRules.Icon(Path.GetDirectoryName(typeof(ExportExplorerCommand).Assembly.Location)!), out iconResource);

    public int GetToolTip(IShellItemArray? items, out IntPtr toolTip) =>
        Text(() => ExportVerbRules.ToolTip(CultureInfo.CurrentUICulture), out toolTip);

    public int GetCanonicalName(out Guid commandName)
    {
        commandName = Guid.Empty;
        return HResult.NotImplemented;
    }

    public int GetState(IShellItemArray? items, bool okToBeSlow, out uint state)
    {
        // Hidden unless the selection is known to qualify, also when reading it fails.
        state = (uint)ExplorerCommandState.Hidden;
        try
        {
            state = (uint)ExportVerbRules.State(ShellSelection.Read(items));
            return HResult.Ok;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
    }

    public int Invoke(IShellItemArray? items, IntPtr bindContext)
    {
        try
        {
            var request = ExportVerbRules.Request(ShellSelection.Read(items), CertificatePath.CurrentStyle, File.Exists);
            if (request.Kind != LaunchKind.Export)
                return HResult.InvalidArgument;
            return ExplorerCommandServer.Deliver(request.Paths) ? HResult.Ok : HResult.Fail;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
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
    private static int Text(Func<string> text, out IntPtr result)
    {
        result = IntPtr.Zero;
        try
        {
            result = Marshal.StringToCoTaskMemUni(text());
            return HResult.Ok;
        }
        catch (Exception exception)
        {
            return HResult.From(exception);
        }
    }
}

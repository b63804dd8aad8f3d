using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using AltIdShell.Desktop.Launch;
using AltIdShell.Tray.TopLevelMenu;

namespace AltIdShell.ContextMenu.MonoHarness;

/// <summary>
/// Calls the built tray's Windows 11 verb (ExportExplorerCommand) as Explorer would, with a fake selection whose
/// strings are real CoTaskMem allocations: its title by display language, its state for each kind of selection, and
/// the paths a click hands to the tray. COM activation itself only exists on Windows.
/// </summary>
internal sealed class ExplorerCommandChecks : CheckList
{
    private const int Ok = 0;
    private const int Fail = unchecked((int)0x80004005);
    private const int NotImplemented = unchecked((int)0x80004001);
    private const uint Enabled = 0, Hidden = 2;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "altidshell-verb-" + Guid.NewGuid().ToString("N"));
    private readonly List<LaunchRequest> _received = new();

    public int Run()
    {
        Directory.CreateDirectory(_folder);
        try
        {
            var first = Certificate("Firma æøå A-S.p12");
            var second = Certificate("Medarbejder.PFX");
            var notes = Certificate("noter.txt");
            var command = new ExportExplorerCommand();

            Check("the title is Danish on a Danish display language", () => Title(command, "da-DK") == "Eksportér offentlig nøgle til AltID");
            Check("the title is English on any other display language", () => Title(command, "en-US") == "Export public key for AltID" && Title(command, "de-DE") == "Export public key for AltID");
            Check("the tooltip is the classic item's help text", () => Text(command.GetToolTip, "da-DK").StartsWith("Gemmer certifikatets offentlige nøgle", StringComparison.Ordinal));
            Check("the icon is the product icon beside the tray", () => Text(command.GetIcon, "en-US").EndsWith("\\AltIdShell.ico", StringComparison.Ordinal));

            Check("certificate files only: shown", () => State(command, FakeShellItemArray.Of(FakeShellItem.File(first), FakeShellItem.File(second))) == (Ok, Enabled));
            Check("a mixed selection: hidden", () => State(command, FakeShellItemArray.Of(FakeShellItem.File(first), FakeShellItem.File(notes))) == (Ok, Hidden));
            Check("a folder named like a certificate: hidden", () => State(command, FakeShellItemArray.Of(FakeShellItem.File(first), FakeShellItem.Folder(first + ".d.p12"))) == (Ok, Hidden));
            Check("an item with no file-system path: hidden", () => State(command, FakeShellItemArray.Of(FakeShellItem.File(first), FakeShellItem.Virtual())) == (Ok, Hidden));
            Check("no selection: hidden", () => State(command, null) == (Ok, Hidden));
            Check("a selection that cannot be read: its failure HRESULT and hidden, no exception",
                () => State(command, new FakeShellItemArray(new[] { FakeShellItem.File(first) }, itemFailure: unchecked((int)0x8000FFFF))) == (unchecked((int)0x8000FFFF), Hidden));

            Check("a click with nothing serving the verb fails instead of throwing",
                () => command.Invoke(FakeShellItemArray.Of(FakeShellItem.File(first)), IntPtr.Zero) == Fail);
            Receive(click => _received.Add(click));
            Check("a click hands the paths to the tray in the selection's order",
                () => command.Invoke(FakeShellItemArray.Of(FakeShellItem.File(second), FakeShellItem.File(first)), IntPtr.Zero) == Ok
                      && _received.Count == 1 && _received[0].Kind == LaunchKind.Export && _received[0].Paths.SequenceEqual(new[] { second, first }));
            Check("a click on a mixed selection hands the tray a refusal to show, no export",
                () => command.Invoke(FakeShellItemArray.Of(FakeShellItem.File(first), FakeShellItem.File(notes)), IntPtr.Zero) == Ok
                      && _received.Count == 2 && IsRefusal(_received[1]));
            Check("a click on a file deleted since the menu opened hands the tray a refusal to show, no export",
                () => command.Invoke(FakeShellItemArray.Of(FakeShellItem.File(Path.Combine(_folder, "væk.p12"))), IntPtr.Zero) == Ok
                      && _received.Count == 3 && IsRefusal(_received[2]) && _received[2].Problem!.Value.English.Contains("væk.p12"));
            Check("a click on more files than a hand-over takes hands the tray a refusal to show, no export",
                () => command.Invoke(FakeShellItemArray.Of(Enumerable.Repeat(FakeShellItem.File(first), 1025).ToArray()), IntPtr.Zero) == Ok
                      && _received.Count == 4 && IsRefusal(_received[3]));

            Check("a plain verb: ECF_DEFAULT, no sub-commands, its CLSID as canonical name",
                () => command.GetFlags(out var flags) == Ok && flags == 0
                      && command.EnumSubCommands(out var commands) == NotImplemented && commands == IntPtr.Zero
                      && command.GetCanonicalName(out var name) == Ok && name == new Guid("8352408B-60ED-4DC4-857F-10FB2A953E7F"));
            return Summary("mono-verb");
        }
        finally
        {
            Receive(null);
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Certificate(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, new byte[] { 0x30 });
        return path;
    }

    private static string Title(ExportExplorerCommand command, string culture) => Text(command.GetTitle, culture);

    private delegate int TextMethod(IShellItemArray? items, out IntPtr text);

    /// <summary>Reads and frees the CoTaskMem string the verb returns, as Explorer does.</summary>
    private static string Text(TextMethod method, string culture)
    {
        var previous = Thread.CurrentThread.CurrentUICulture;
        Thread.CurrentThread.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            if (method(null, out var text) != Ok || text == IntPtr.Zero)
                throw new InvalidOperationException("no text");
            try
            {
                return Marshal.PtrToStringUni(text)!;
            }
            finally
            {
                Marshal.FreeCoTaskMem(text);
            }
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = previous;
        }
    }

    private static (int Result, uint State) State(ExportExplorerCommand command, IShellItemArray? items) =>
        (command.GetState(items, okToBeSlow: false, out var state), state);

    private static bool IsRefusal(LaunchRequest click) => click.Kind == LaunchKind.Invalid && click.TellsUser && click.Paths.Count == 0;

    /// <summary>Where the verb's clicks go: set on the tray's internal server, as the running tray sets it.</summary>
    private static void Receive(Action<LaunchRequest>? receiver) =>
        typeof(ExportExplorerCommand).Assembly.GetType("AltIdShell.Tray.TopLevelMenu.ExplorerCommandServer", throwOnError: true)!
            .GetMethod("Receive", BindingFlags.NonPublic | BindingFlags.Static)!
            .Invoke(null, new object?[] { receiver });
}

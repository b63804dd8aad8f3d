using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace AltIdShell.ContextMenu.MonoHarness;

/// <summary>
/// Calls the built handler as Explorer would, with unmanaged CMINVOKECOMMANDINFO(EX) structures and string buffers.
/// Win32 functions that only Windows has (user32, shell32) are absent under Mono: there the checks are that the
/// handler turns their absence into a failure HRESULT instead of letting an exception out.
/// </summary>
internal sealed class HandlerChecks : CheckList
{
    private const int Ok = 0;
    private const int Fail = unchecked((int)0x80004005);
    private const int InvalidArgument = unchecked((int)0x80070057);
    private const int NotImplemented = unchecked((int)0x80004001);
    private const int InsufficientBuffer = unchecked((int)0x8007007A);
    private const uint GcsVerbA = 0, GcsHelpTextA = 1, GcsVerbW = 4, GcsHelpTextW = 5, GcsValidateW = 6;
    private const uint CmfNormal = 0, CmfDefaultOnly = 1;
    private const uint CmicMaskUnicode = 0x4000;
    private const string Verb = "AltIdShell.ExportPublicKey";
    private const string CheckVerb = "AltIdShell.CheckCertificate";
    public const string TrayDelayVariable = "ALTIDSHELL_FAKE_TRAY_DELAY_MS";

    private readonly string _folder;
    private readonly Type _handler;
    private readonly string[] _selection;
    private readonly string[] _checkSelection =
        { @"C:\Users\Søren Ærø\Downloads\Testfirma systemcertifikat.cer", @"C:\certs\KÆDE.P7B", @"\\srv\share\pem.crt" };

    public HandlerChecks(string folder)
    {
        _folder = folder;
        _handler = Assembly.LoadFrom(Path.Combine(folder, "AltIdShell.ContextMenu.dll"))
            .GetType("AltIdShell.ContextMenu.ExportPublicKeyMenu", throwOnError: true)!;
        var deep = string.Join("\\", Enumerable.Repeat("Virksomhedscertifikater æøå ÆØÅ", 10));
        _selection = Enumerable.Range(0, 1000).Select(i => $@"C:\Users\Søren Ærø\{deep}\Firma {i}.{(i % 2 == 0 ? "p12" : "PFX")}").ToArray();
    }

    /// <summary>
    /// Plays Explorer once for the tray's UI test: the real handler invokes its verb on these paths and starts the real
    /// tray beside it. Stays running (the hand-over is written on the handler's background thread) until killed.
    /// </summary>
    public int InvokeAndStay(string[] paths)
    {
        var handler = New();
        _handler.GetField("_selection", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(handler, paths);
        var result = Invoke(handler, unicodeVerb: null, ansiVerb: null, offset: 0);
        Console.WriteLine($"InvokeCommand: 0x{result:X8}");
        if (result != Ok)
            return 1;
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    public int Run()
    {
        Check("Initialize without a data object returns E_INVALIDARG",
            () => Call(New(), "Initialize", IntPtr.Zero, null, IntPtr.Zero) == InvalidArgument);
        Check("Initialize returns the data object's own failure (no CF_HDROP) as its HRESULT",
            () => Call(New(), "Initialize", IntPtr.Zero, new FakeDataObject(IntPtr.Zero), IntPtr.Zero) == FakeDataObject.NoSuchFormat);
        Check("Initialize with a CF_HDROP where shell32 is missing returns a failure instead of throwing",
            () => Call(New(), "Initialize", IntPtr.Zero, new FakeDataObject(new IntPtr(1)), IntPtr.Zero) < 0);

        Check("QueryContextMenu adds nothing before a selection",
            () => Call(New(), "QueryContextMenu", IntPtr.Zero, 0u, 100u, 200u, CmfNormal) == Ok);
        Check("QueryContextMenu adds nothing for CMF_DEFAULTONLY",
            () => Call(Selected(), "QueryContextMenu", IntPtr.Zero, 0u, 100u, 200u, CmfDefaultOnly) == Ok);
        Check("QueryContextMenu for certificates reaches InsertMenuItem; its absence here is a failure HRESULT, not an exception",
            () => Call(Selected(), "QueryContextMenu", IntPtr.Zero, 0u, 100u, 200u, CmfNormal) < 0);

        Check("QueryContextMenu for .cer/.crt/.p7b reaches InsertMenuItem too (the check item)",
            () => Call(Selected(_checkSelection), "QueryContextMenu", IntPtr.Zero, 0u, 100u, 200u, CmfNormal) < 0);
        Check("QueryContextMenu adds nothing for a .cer beside a .p12",
            () => Call(Selected(new[] { @"C:\a.cer", @"C:\a.p12" }), "QueryContextMenu", IntPtr.Zero, 0u, 100u, 200u, CmfNormal) == Ok);

        CheckCommandStrings();
        CheckInvocations();
        CheckCheckVerb();

        return Summary("mono-handler");
    }

    private void CheckCommandStrings()
    {
        var handler = Selected();
        Check("GCS_VERBW answers the stable verb in UTF-16", () => CommandString(handler, GcsVerbW, 64) == (Ok, Verb));
        Check("GCS_VERBA answers the stable verb in ANSI", () => CommandString(handler, GcsVerbA, 64) == (Ok, Verb));
        Check("GCS_VALIDATEW accepts our command", () => CommandString(handler, GcsValidateW, 64).Result == Ok);
        Check("a buffer one character too small is refused", () => CommandString(handler, GcsVerbW, (uint)Verb.Length).Result == InsufficientBuffer);
        Check("another command offset is refused", () => Call(handler, "GetCommandString", new UIntPtr(1), GcsVerbW, IntPtr.Zero, IntPtr.Zero, 0u) == InvalidArgument);
        Check("a request we do not answer is E_NOTIMPL", () => CommandString(handler, 3, 64).Result == NotImplemented);
        Check("GCS_HELPTEXTW is Danish on a Danish display language", () => HelpText(handler, GcsHelpTextW, "da-DK").StartsWith("Gemmer certifikatets offentlige nøgle", StringComparison.Ordinal));
        Check("GCS_HELPTEXTA is English otherwise", () => HelpText(handler, GcsHelpTextA, "en-US").StartsWith("Saves the certificate's public key", StringComparison.Ordinal));
    }

    /// <summary>The help text as the handler gives it under this display language.</summary>
    private string HelpText(object handler, uint type, string culture)
    {
        var ui = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return CommandString(handler, type, 256).Text;
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = ui;
        }
    }

    private void CheckInvocations()
    {
        Check("another verb is refused and starts nothing", () => Invoke(Selected(), unicodeVerb: "open", ansiVerb: "open", offset: null) == Fail);
        Check("our verb without a certificate selection is refused", () => Invoke(New(), unicodeVerb: Verb, ansiVerb: null, offset: null) == Fail);

        // A tray slower than the pipe's buffer: InvokeCommand must return at once all the same.
        Environment.SetEnvironmentVariable(TrayDelayVariable, "3000");
        var watch = Stopwatch.StartNew();
        Check("our verb as UTF-16 (CMIC_MASK_UNICODE) starts the tray", () => Invoke(Selected(), unicodeVerb: Verb, ansiVerb: "wrong", offset: null) == Ok);
        Check("InvokeCommand returns before a slow tray has read 1,000 paths", () => watch.ElapsedMilliseconds < 2000);
        Environment.SetEnvironmentVariable(TrayDelayVariable, null);
        Check("our verb as ANSI starts the tray", () => Invoke(Selected(), unicodeVerb: null, ansiVerb: Verb, offset: null) == Ok);
        Check("our command offset 0 starts the tray", () => Invoke(Selected(), unicodeVerb: null, ansiVerb: null, offset: 0) == Ok);
        Check("command offset 1 is not ours", () => Invoke(Selected(), unicodeVerb: null, ansiVerb: null, offset: 1) == Fail);

        var received = WaitForTrays(3, TimeSpan.FromSeconds(60));
        Check("exactly three trays were started", () => received.Count == 3);
        var expected = new[] { "arguments:--handoff NAME" }.Concat(_selection).ToArray();
        foreach (var file in received)
            Check($"{Path.GetFileName(file)}: the tray got --handoff with a pipe name and all 1,000 paths (æøå, >260 characters) through the pipe",
                () => File.ReadAllText(file, Encoding.UTF8).Split('\n').Where(l => l.Length > 0).SequenceEqual(expected));
    }

    /// <summary>The second verb: its own stable name and help text, refused on key files, handed over with --check.</summary>
    private void CheckCheckVerb()
    {
        var handler = Selected(_checkSelection);
        Check("GCS_VERBW answers the check's stable verb for .cer/.crt/.p7b", () => CommandString(handler, GcsVerbW, 64) == (Ok, CheckVerb));
        Check("the check's GCS_HELPTEXTW is Danish on a Danish display language", () => HelpText(handler, GcsHelpTextW, "da-DK").StartsWith("Viser certifikatets fingeraftryk, og om det passer til AltIDs modtagerregister", StringComparison.Ordinal));
        Check("the check's GCS_HELPTEXTW is English otherwise", () => HelpText(handler, GcsHelpTextW, "en-US").StartsWith("Shows whether the certificate suits", StringComparison.Ordinal));

        foreach (var file in Directory.GetFiles(_folder, FakeTray.ReceivedPrefix + "*"))
            File.Delete(file);
        Check("the export's verb on .cer files is refused", () => Invoke(Selected(_checkSelection), unicodeVerb: Verb, ansiVerb: null, offset: null) == Fail);
        Check("the check's verb on .p12 files is refused", () => Invoke(Selected(), unicodeVerb: CheckVerb, ansiVerb: null, offset: null) == Fail);
        Check("the check's verb as UTF-16 starts the tray", () => Invoke(Selected(_checkSelection), unicodeVerb: CheckVerb, ansiVerb: null, offset: null) == Ok);
        Check("command offset 0 on .cer files starts the tray", () => Invoke(Selected(_checkSelection), unicodeVerb: null, ansiVerb: null, offset: 0) == Ok);
        var received = WaitForTrays(2, TimeSpan.FromSeconds(60));
        Check("exactly two trays were started for the check", () => received.Count == 2);
        var expected = new[] { "arguments:--check --handoff NAME" }.Concat(_checkSelection).ToArray();
        foreach (var file in received)
            Check($"{Path.GetFileName(file)}: the tray got --check --handoff with a pipe name and the paths through the pipe",
                () => File.ReadAllText(file, Encoding.UTF8).Split('\n').Where(l => l.Length > 0).SequenceEqual(expected));
    }

    private List<string> WaitForTrays(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        List<string> files;
        while ((files = Directory.GetFiles(_folder, FakeTray.ReceivedPrefix + "*").ToList()).Count < count && DateTime.UtcNow < until)
            Thread.Sleep(100);
        Thread.Sleep(500); // a fourth, unexpected tray would show up by now
        return Directory.GetFiles(_folder, FakeTray.ReceivedPrefix + "*").ToList();
    }

    private int Invoke(object handler, string? unicodeVerb, string? ansiVerb, ushort? offset)
    {
        // CMINVOKECOMMANDINFOEX as the Windows SDK lays it out, written field by field into unmanaged memory.
        var pointer = IntPtr.Size;
        var verbOffset = 8 + pointer;
        var verbWOffset = 16 + 6 * pointer;
        var exSize = 24 + 10 * pointer;
        var info = Marshal.AllocHGlobal(exSize);
        var ansi = ansiVerb == null ? IntPtr.Zero : Marshal.StringToHGlobalAnsi(ansiVerb);
        var unicode = unicodeVerb == null ? IntPtr.Zero : Marshal.StringToHGlobalUni(unicodeVerb);
        try
        {
            for (var i = 0; i < exSize; i++)
                Marshal.WriteByte(info, i, 0);
            Marshal.WriteInt32(info, 0, unicodeVerb == null ? 16 + 5 * pointer : exSize);
            Marshal.WriteInt32(info, 4, unicodeVerb == null ? 0 : unchecked((int)CmicMaskUnicode));
            Marshal.WriteIntPtr(info, verbOffset, offset.HasValue ? new IntPtr(offset.Value) : ansi);
            if (unicodeVerb != null)
                Marshal.WriteIntPtr(info, verbWOffset, unicode);
            return Call(handler, "InvokeCommand", info);
        }
        finally
        {
            Marshal.FreeHGlobal(info);
            if (ansi != IntPtr.Zero) Marshal.FreeHGlobal(ansi);
            if (unicode != IntPtr.Zero) Marshal.FreeHGlobal(unicode);
        }
    }

    private (int Result, string Text) CommandString(object handler, uint type, uint chars)
    {
        var unicode = (type & 4) != 0;
        var buffer = Marshal.AllocHGlobal((int)chars * 2 + 2);
        try
        {
            var result = Call(handler, "GetCommandString", UIntPtr.Zero, type, IntPtr.Zero, buffer, chars);
            var text = result == Ok && type is GcsVerbA or GcsVerbW or GcsHelpTextA or GcsHelpTextW
                ? (unicode ? Marshal.PtrToStringUni(buffer) : Marshal.PtrToStringAnsi(buffer)) ?? ""
                : "";
            return (result, text);
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
        }
    }

    private object New() => Activator.CreateInstance(_handler)!;

    /// <summary>A handler holding the 1,000-file selection; Initialize's CF_HDROP reading needs shell32, absent here.</summary>
    private object Selected(string[]? selection = null)
    {
        var handler = New();
        _handler.GetField("_selection", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(handler, selection ?? _selection);
        return handler;
    }

    /// <summary>A COM method call; an exception coming out of it is a failure of the check.</summary>
    private int Call(object handler, string method, params object?[] arguments) =>
        (int)_handler.GetMethod(method)!.Invoke(handler, arguments)!;
}

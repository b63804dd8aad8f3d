using System;
using AltIdShell.ContextMenu.MonoHarness;
using AltIdShell.Shared;

// Started by the handler as AltIdShell.Tray.exe: [--check] --handoff and the name of the pipe with the paths.
if (args.Length > 0 && (args[0] == SelectionHandoff.PipeOption || args[0] == SelectionHandoff.CheckOption))
    return FakeTray.Run(args);
if (args.Length == 2 && args[0] == "check")
    return new HandlerChecks(args[1]).Run();
// The tray's UI test: the real handler and the real tray in one folder, the harness as Explorer.
if (args.Length >= 3 && args[0] == "invoke")
    return new HandlerChecks(args[1]).InvokeAndStay(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Skip(args, 2)));
if (args.Length == 1 && args[0] == "verb")
    return Verb();
Console.Error.WriteLine("usage: check <folder with AltIdShell.ContextMenu.dll and this program as AltIdShell.Tray.exe>");
Console.Error.WriteLine("       invoke <folder with AltIdShell.ContextMenu.dll and AltIdShell.Tray.exe> PATH...");
Console.Error.WriteLine("       verb   (the tray's Windows 11 verb, from this program's own folder)");
return 2;

// A method of its own: the checks' types name the tray's libraries, which the folder where this program plays the tray lacks.
[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
static int Verb() => new ExplorerCommandChecks().Run();

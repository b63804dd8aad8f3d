using System;
using AltIdShell.ContextMenu.MonoHarness;
using AltIdShell.Shared;

// Started by the handler as AltIdShell.Tray.exe: --handoff and the name of the pipe with the paths.
if (args.Length > 0 && args[0] == SelectionHandoff.PipeOption)
    return FakeTray.Run(args);
if (args.Length == 2 && args[0] == "check")
    return new HandlerChecks(args[1]).Run();
Console.Error.WriteLine("usage: check <folder with AltIdShell.ContextMenu.dll and this program as AltIdShell.Tray.exe>");
return 2;

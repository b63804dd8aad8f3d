using System;
using AltIdShell.ContextMenu.MonoHarness;

// Started by the handler as AltIdShell.Tray.exe: no arguments, the paths on standard input.
if (args.Length == 0)
    return FakeTray.Run(args);
if (args.Length == 2 && args[0] == "check")
    return new HandlerChecks(args[1]).Run();
Console.Error.WriteLine("usage: check <folder with AltIdShell.ContextMenu.dll and this program as AltIdShell.Tray.exe>");
return 2;

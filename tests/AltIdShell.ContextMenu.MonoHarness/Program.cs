using System;
using AltIdShell.ContextMenu.MonoHarness;

// Started by the handler as AltIdShell.Tray.exe: no arguments, the paths on standard input.
if (args.Length == 0)
    return FakeTray.Run(args);
if (args.Length == 2 && args[0] == "check")
    return new HandlerChecks(args[1]).Run();
if (args.Length == 1 && args[0] == "verb")
    return new ExplorerCommandChecks().Run();
Console.Error.WriteLine("usage: check <folder with AltIdShell.ContextMenu.dll and this program as AltIdShell.Tray.exe>");
Console.Error.WriteLine("       verb   (the tray's Windows 11 verb, from this program's own folder)");
return 2;

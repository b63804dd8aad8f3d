using System;
using AltIdShell.ContextMenu.MonoHarness;

if (args.Length >= 1 && args[0] == AltIdShell.Core.Handoff.SelectionHandoff.CommandLineSwitch)
    return FakeTray.Run(args);
if (args.Length == 2 && args[0] == "check")
    return new HandlerChecks(args[1]).Run();
Console.Error.WriteLine("usage: check <folder with AltIdShell.ContextMenu.dll and this program as AltIdShell.Tray.exe>");
return 2;

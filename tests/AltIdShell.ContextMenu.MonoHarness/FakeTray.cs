using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Text;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.MonoHarness;

/// <summary>Plays AltIdShell.Tray.exe: records its arguments (a check's --check first) and the paths it reads from the hand-over pipe they name.</summary>
internal static class FakeTray
{
    public const string ReceivedPrefix = "received-";

    public static int Run(string[] args)
    {
        var folder = AppDomain.CurrentDomain.BaseDirectory;
        if (int.TryParse(Environment.GetEnvironmentVariable(HandlerChecks.TrayDelayVariable), out var delay))
            System.Threading.Thread.Sleep(delay);
        var text = new StringBuilder();
        var check = args.Length == 3 && args[0] == SelectionHandoff.CheckOption;
        var at = check ? 1 : 0;
        var expected = args.Length == at + 2 && args[at] == SelectionHandoff.PipeOption && SelectionHandoff.IsPipeName(args[at + 1]);
        text.Append("arguments:").Append(expected ? (check ? "--check " : "") + "--handoff NAME" : string.Join(" ", args)).Append('\n');
        IReadOnlyList<string> paths;
        using (var pipe = new NamedPipeClientStream(".", args[args.Length - 1], PipeDirection.In))
        {
            pipe.Connect(10000);
            paths = SelectionHandoff.Read(pipe);
        }
        foreach (var path in paths)
            text.Append(path).Append('\n');
        var id = Process.GetCurrentProcess().Id;
        var partial = Path.Combine(folder, $"partial-{id}.txt");
        File.WriteAllText(partial, text.ToString(), new UTF8Encoding(false));
        File.Move(partial, Path.Combine(folder, $"{ReceivedPrefix}{id}.txt"));
        return 0;
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu.MonoHarness;

/// <summary>Plays AltIdShell.Tray.exe: records its arguments and the paths on its standard input.</summary>
internal static class FakeTray
{
    public const string ReceivedPrefix = "received-";

    public static int Run(string[] args)
    {
        var folder = AppDomain.CurrentDomain.BaseDirectory;
        if (int.TryParse(Environment.GetEnvironmentVariable(HandlerChecks.TrayDelayVariable), out var delay))
            System.Threading.Thread.Sleep(delay);
        var paths = SelectionHandoff.Read(Console.OpenStandardInput());
        var text = new StringBuilder();
        text.Append("arguments:").Append(string.Join(" ", args)).Append('\n');
        foreach (var path in paths)
            text.Append(path).Append('\n');
        var id = Process.GetCurrentProcess().Id;
        var partial = Path.Combine(folder, $"partial-{id}.txt");
        File.WriteAllText(partial, text.ToString(), new UTF8Encoding(false));
        File.Move(partial, Path.Combine(folder, $"{ReceivedPrefix}{id}.txt"));
        return 0;
    }
}

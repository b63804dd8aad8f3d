using System.IO;
using AltIdShell.Core.FileSystem;

namespace AltIdShell.Tray;

/// <summary>The tray's own file checks, with the engine's long-path rule: .NET Framework refuses paths of 260 characters and more otherwise.</summary>
internal static class TrayFiles
{
    public static bool Exists(string path) => File.Exists(LongPath.ForIo(path));
}

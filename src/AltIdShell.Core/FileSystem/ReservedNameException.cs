using System.IO;

namespace AltIdShell.Core.FileSystem;

/// <summary>A path whose file name Windows keeps for a device; nothing was read or written.</summary>
internal sealed class ReservedNameException : IOException
{
    public ReservedNameException(string device)
        : base("reserved device name " + device) => Device = device;

    public string Device { get; }
}

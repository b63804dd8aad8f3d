namespace AltIdShell.Core.FileSystem;

/// <summary>
/// What a path names. Only regular files are read or replaced: reading a FIFO waits for a writer that never comes,
/// a device never ends, and a folder is a mistake the user should be told about in those words.
/// </summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A FIFO, device or socket.</summary>
    Special,
}

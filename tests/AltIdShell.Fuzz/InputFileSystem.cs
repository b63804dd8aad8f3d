using AltIdShell.Core.FileSystem;

namespace AltIdShell.Fuzz;

/// <summary>Every path reads as the fuzz input; nothing may be written, since inspecting never writes.</summary>
internal sealed class InputFileSystem : IExportFileSystem
{
    private readonly byte[] _input;

    public InputFileSystem(byte[] input) => _input = input;

    public bool FileExists(string path) => true;

    public FileKind KindOf(string path) => FileKind.Regular;

    public bool IsSameFile(string a, string b) => a == b;

    public byte[] ReadAllBytes(string path, long maxBytes) =>
        _input.Length > maxBytes ? throw new FileTooLargeException(_input.Length, maxBytes) : _input;

    public void WriteNewFile(string path, byte[] content) => throw Written();
    public void MoveNoOverwrite(string from, string to) => throw Written();
    public void Replace(string from, string to) => throw Written();
    public void Delete(string path) => throw Written();
    public IEnumerable<(string Name, DateTime LastWriteUtc)> FilesStartingWith(string directory, string prefix) => throw Written();

    private static InvalidOperationException Written() => new("reading a file must never write one");
}

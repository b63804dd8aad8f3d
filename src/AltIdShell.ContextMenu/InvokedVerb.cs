namespace AltIdShell.ContextMenu;

/// <summary>How InvokeCommand named the command: by offset, or by a verb string at an ANSI or UTF-16 pointer.</summary>
internal readonly struct InvokedVerb
{
    private InvokedVerb(InvokedVerbKind kind, ushort offset, ulong stringPointer)
    {
        Kind = kind;
        Offset = offset;
        StringPointer = stringPointer;
    }

    public InvokedVerbKind Kind { get; }
    public ushort Offset { get; }
    public ulong StringPointer { get; }

    public static InvokedVerb AtOffset(ushort offset) => new(InvokedVerbKind.Offset, offset, 0);
    public static InvokedVerb Ansi(ulong pointer) => new(InvokedVerbKind.Ansi, 0, pointer);
    public static InvokedVerb Unicode(ulong pointer) => new(InvokedVerbKind.Unicode, 0, pointer);
}

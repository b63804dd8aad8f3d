namespace AltIdShell.ContextMenu.Interop;

/// <summary>
/// Field offsets of CMINVOKECOMMANDINFO(EX) for a pointer size. Read by offset rather than through a marshalled
/// struct so that a caller passing the shorter, non-EX structure is never read past its end.
/// </summary>
internal readonly struct CommandInvokeInfoLayout
{
    public CommandInvokeInfoLayout(int pointerSize)
    {
        // cbSize, fMask, then hwnd and lpVerb
        VerbOffset = 8 + pointerSize;
        // … lpParameters, lpDirectory, nShow, dwHotKey, hIcon end CMINVOKECOMMANDINFO; EX adds lpTitle, then lpVerbW
        BaseSize = 16 + 5 * pointerSize;
        VerbWOffset = BaseSize + pointerSize;
        // … lpParametersW, lpDirectoryW, lpTitleW, POINT ptInvoke
        ExSize = BaseSize + 5 * pointerSize + 8;
    }

    public const int SizeOffset = 0;
    public const int MaskOffset = 4;
    public int VerbOffset { get; }
    public int BaseSize { get; }
    public int VerbWOffset { get; }
    public int ExSize { get; }
}

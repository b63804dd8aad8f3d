namespace AltIdShell.ContextMenu;

/// <summary>
/// Reads CMINVOKECOMMANDINFO(EX)'s verb fields. Pointers arrive as 64-bit values: an offset is a pointer whose bits
/// above the low 16 are all zero (IS_INTRESOURCE), and truncating to 32 bits first would mistake a string above
/// 4 GiB whose low half happens to be small for an offset.
/// </summary>
internal static class VerbDecoder
{
    public const uint UnicodeMask = 0x00004000; // CMIC_MASK_UNICODE

    public static bool IsOffset(ulong pointer) => pointer >> 16 == 0;

    /// <param name="size">cbSize as the caller set it.</param>
    /// <param name="mask">fMask.</param>
    /// <param name="verb">lpVerb.</param>
    /// <param name="verbW">lpVerbW, or 0 where the structure is too short to hold it.</param>
    /// <param name="exSize">sizeof(CMINVOKECOMMANDINFOEX) in this process.</param>
    public static InvokedVerb Decode(uint size, uint mask, ulong verb, ulong verbW, int exSize)
    {
        var unicode = (mask & UnicodeMask) != 0 && size >= exSize;
        if (unicode && !IsOffset(verbW))
            return InvokedVerb.Unicode(verbW);
        if (!IsOffset(verb))
            return InvokedVerb.Ansi(verb);
        return InvokedVerb.AtOffset(unchecked((ushort)verb));
    }
}

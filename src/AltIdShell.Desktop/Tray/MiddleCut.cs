namespace AltIdShell.Desktop.Tray;

/// <summary>
/// A long path or file name cut in the middle, as Explorer cuts it: the start says where, the end which file, and
/// those are the parts that tell two of them apart ("SP_DEVTEST4…SF0101_1.cer").
/// </summary>
public static class MiddleCut
{
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var tail = (max - 1) / 2;
        var head = max - 1 - tail;
        // Never between the halves of a surrogate pair.
        if (char.IsHighSurrogate(text[head - 1]))
            head--;
        if (char.IsLowSurrogate(text[text.Length - tail]))
            tail--;
        return text.Substring(0, head) + "…" + text.Substring(text.Length - tail);
    }
}

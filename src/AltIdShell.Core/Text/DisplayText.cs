using System.Globalization;
using System.Text;

namespace AltIdShell.Core.Text;

/// <summary>
/// Text from a certificate or a path, made safe to show. A certificate's O of "Evil ApS\e[2K\r  Organisation: Kombit
/// A/S" erases its own line on a terminal and shows a fake one; a right-to-left override makes "S/A tibmoK" read as
/// "Kombit A/S" in a window. Every control character (C0, DEL, C1), every format character (the bidi marks, embeddings,
/// overrides and isolates, zero-width characters) and every line separator is shown as its code instead: \x1B, \u202E.
/// </summary>
public static class DisplayText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? string.Empty;
        StringBuilder? escaped = null;
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            var unsafeChar = IsUnsafe(text, i);
            if (unsafeChar && escaped == null)
                escaped = new StringBuilder(text, 0, i, text.Length + 16);
            if (!unsafeChar)
            {
                escaped?.Append(c);
                continue;
            }
            escaped!.Append(c < 0x100 ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return escaped?.ToString() ?? text;
    }

    /// <summary>Whether a character (not a surrogate) is shown as its code: control, format and separator characters.</summary>
    public static bool IsUnsafe(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return false;
        }
    }

    private static bool IsUnsafe(string text, int index)
    {
        var c = text[index];
        if (char.IsSurrogate(c))
            // A lone half of a pair shows as nothing or as a replacement box; a whole pair is an ordinary character.
            return char.IsHighSurrogate(c) ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
                : index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return IsUnsafe(c);
    }
}

using System.Globalization;
using System.Text;

namespace AltIdShell.Core.Text;

/// <summary>
/// Text from a certificate or a path, made safe to show. A certificate's O of "Evil ApS\e[2K\r  Organisation: Kombit
/// A/S" erases its own line on a terminal and shows a fake one; a right-to-left override makes "S/A tibmoK" read as
/// "Kombit A/S" in a window. Every control character (C0, DEL, C1), every format character (the bidi marks, embeddings,
/// overrides and isolates, zero-width characters), every line separator and every character that shows as nothing (a
/// variation selector, a Hangul filler, the braille blank) is shown as its code instead: \x1B, \u202E.
/// </summary>
public static class DisplayText
{
    // Not control or format characters by category, but shown as nothing: a name of Hangul fillers or braille blanks
    // looks empty, or like its neighbour; a combining grapheme joiner or a variation selector makes two spellings of
    // one name look alike.
    private const string InvisibleCharacters = "\u034F\u115F\u1160\u180B\u180C\u180D\u180F\u2800\u3164\uFFA0";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? string.Empty;
        StringBuilder? escaped = null;
        for (var i = 0; i < text!.Length; i++)
        {
            var pair = i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]);
            var unsafeChar = IsUnsafeAt(text, i);
            if (unsafeChar && escaped == null)
                escaped = new StringBuilder(text, 0, i, text.Length + 16);
            if (!unsafeChar)
                escaped?.Append(text, i, pair ? 2 : 1);
            else if (pair)
                escaped!.Append("\\U").Append(char.ConvertToUtf32(text[i], text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
            else
                escaped!.Append(text[i] < 0x100 ? "\\x" + ((int)text[i]).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            if (pair)
                i++;
        }
        return escaped?.ToString() ?? text;
    }

    /// <summary>
    /// Whether a character (not a surrogate) is shown as its code: control, format and separator characters, the
    /// variation selectors and the other invisible ones.
    /// </summary>
    public static bool IsUnsafe(char c) => IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(c)) || InvisibleCharacters.IndexOf(c) >= 0
        || c is >= '\uFE00' and <= '\uFE0F';

    /// <summary>
    /// Whether the character at <paramref name="index"/> is shown as its code; where a surrogate pair starts, the
    /// whole pair is judged (the tag characters and the supplementary variation selectors hide text as surely as
    /// U+202E), and half of one is always unsafe: it shows as nothing or as a replacement box.
    /// </summary>
    public static bool IsUnsafeAt(string text, int index)
    {
        if (index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]))
            return IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(text, index))
                || char.ConvertToUtf32(text[index], text[index + 1]) is >= 0xE0100 and <= 0xE01EF;
        return char.IsSurrogate(text[index]) || IsUnsafe(text[index]);
    }

    private static bool IsUnsafe(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}

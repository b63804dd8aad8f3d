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
    // Letters by category, but shown as nothing: a name of Hangul fillers looks empty, or like its neighbour.
    private const string InvisibleLetters = "\u115F\u1160\u3164\uFFA0";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? string.Empty;
        StringBuilder? escaped = null;
        for (var i = 0; i < text!.Length; i++)
        {
            var pair = i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]);
            var unsafeChar = pair ? IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(text, i)) : IsUnsafe(text, i);
            if (unsafeChar && escaped == null)
                escaped = new StringBuilder(text, 0, i, text.Length + 16);
            if (!unsafeChar)
                escaped?.Append(text, i, pair ? 2 : 1);
            else if (pair)
                // The tag characters (U+E0000–E007F) and the musical formatting marks hide text as surely as U+202E.
                escaped!.Append("\\U").Append(char.ConvertToUtf32(text[i], text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
            else
                escaped!.Append(text[i] < 0x100 ? "\\x" + ((int)text[i]).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            if (pair)
                i++;
        }
        return escaped?.ToString() ?? text;
    }

    /// <summary>Whether a character (not a surrogate) is shown as its code: control, format and separator characters, and the invisible Hangul fillers.</summary>
    public static bool IsUnsafe(char c) => IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(c)) || InvisibleLetters.IndexOf(c) >= 0;

    private static bool IsUnsafe(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool IsUnsafe(string text, int index)
    {
        var c = text[index];
        if (char.IsSurrogate(c))
            // A lone half of a pair shows as nothing or as a replacement box; a whole pair is judged above.
            return true;
        return IsUnsafe(c);
    }
}

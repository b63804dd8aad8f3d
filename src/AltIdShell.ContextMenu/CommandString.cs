using System.Globalization;
using System.Text;

namespace AltIdShell.ContextMenu;

/// <summary>GetCommandString's answers: which text a GCS_* request asks for, and its bytes for the caller's buffer.</summary>
internal static class CommandString
{
    private const uint VerbA = 0x0;
    private const uint HelpTextA = 0x1;
    private const uint ValidateA = 0x2;
    private const uint UnicodeFlag = 0x4;

    public static bool IsUnicode(uint type) => (type & UnicodeFlag) != 0;

    public static bool IsValidate(uint type) => (type & ~UnicodeFlag) == ValidateA;

    /// <summary>Null for requests we do not answer.</summary>
    public static string? TextFor(uint type, MenuVerb verb, CultureInfo culture) =>
        (type & ~UnicodeFlag) switch
        {
            VerbA => verb.Name,
            HelpTextA => verb.HelpText(culture),
            _ => null,
        };

    /// <summary>The text and its terminator; null when they do not fit <paramref name="bufferChars"/> characters.</summary>
    public static byte[]? Encode(string text, bool unicode, Encoding ansi, uint bufferChars)
    {
        var encoding = unicode ? Encoding.Unicode : ansi;
        var bytes = encoding.GetBytes(text + "\0");
        var capacity = (ulong)bufferChars * (unicode ? 2UL : 1UL);
        return (ulong)bytes.Length <= capacity ? bytes : null;
    }
}

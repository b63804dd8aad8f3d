using System;

namespace AltIdShell.ContextMenu;

/// <summary>Our one command: its language-neutral verb, and its offset from the first command id Explorer gave us.</summary>
internal static class ExportVerb
{
    public const string Name = "AltIdShell.ExportPublicKey";
    public const ushort Offset = 0;
    public const ushort IdsUsed = Offset + 1;

    /// <summary>Shell verbs compare without regard to case, as ShellExecute does.</summary>
    public static bool IsNamed(string? verb) => string.Equals(verb, Name, StringComparison.OrdinalIgnoreCase);
}

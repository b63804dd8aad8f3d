using System;
using System.Collections.Generic;
using System.Globalization;
using AltIdShell.Shared;

namespace AltIdShell.ContextMenu;

/// <summary>
/// Our two commands, each with its language-neutral verb, its words and the selection it is offered for. Both sit at
/// the same offset from the first command id Explorer gives us: the export's files and the check's never mix, so a
/// selection offers one of them at most.
/// </summary>
internal sealed class MenuVerb
{
    public const ushort Offset = 0;
    public const ushort IdsUsed = Offset + 1;

    public static readonly MenuVerb Export = new("AltIdShell.ExportPublicKey", MenuText.Label, MenuText.HelpText, SelectionFilter.ShowsItem, checks: false);
    public static readonly MenuVerb Check = new("AltIdShell.CheckCertificate", MenuText.CheckLabel, MenuText.CheckHelpText, SelectionFilter.ShowsCheckItem, checks: true);

    private readonly Func<CultureInfo, string> _label;
    private readonly Func<CultureInfo, string> _helpText;
    private readonly Func<IReadOnlyList<string>, bool> _offers;

    private MenuVerb(string name, Func<CultureInfo, string> label, Func<CultureInfo, string> helpText, Func<IReadOnlyList<string>, bool> offers, bool checks)
    {
        Name = name;
        _label = label;
        _helpText = helpText;
        _offers = offers;
        Checks = checks;
    }

    public string Name { get; }

    /// <summary>Whether the tray is to check the files rather than export them.</summary>
    public bool Checks { get; }

    public string Label(CultureInfo culture) => _label(culture);

    public string HelpText(CultureInfo culture) => _helpText(culture);

    /// <summary>The verb this selection gets; null when it gets none.</summary>
    public static MenuVerb? For(IReadOnlyList<string> selection) =>
        Export._offers(selection) ? Export : Check._offers(selection) ? Check : null;

    /// <summary>Shell verbs compare without regard to case, as ShellExecute does.</summary>
    public bool IsNamed(string? verb) => string.Equals(verb, Name, StringComparison.OrdinalIgnoreCase);
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AltIdShell.Desktop.Launch;
using AltIdShell.Desktop.Registration;
using AltIdShell.Shared;

namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// The decisions of the Windows 11 top-level verb, which the tray's IExplorerCommand class only adapts: its words
/// (those of the classic item), whether a selection shows it (the classic item's rule, plus: files only), and
/// which request a click makes of the selection (the paths in the selection's order, checked as any other hand-over).
/// </summary>
public static class ExportVerbRules
{
    public static string Title(CultureInfo culture) => MenuText.Label(culture);

    public static string ToolTip(CultureInfo culture) => MenuText.HelpText(culture);

    /// <summary>The icon resource GetIcon answers: the product's icon file in the install folder.</summary>
    public static string Icon(string installFolder) => new InstallFolder(installFolder).PathOf(IconFileName);

    public const string IconFileName = "AltIdShell.ico";

    public static ExplorerCommandState State(IReadOnlyList<SelectedItem> selection) =>
        Paths(selection) is { } paths && SelectionFilter.ShowsItem(paths) ? ExplorerCommandState.Enabled : ExplorerCommandState.Hidden;

    /// <summary>What a click asks of the tray: an export of the selection, or Invalid when it does not qualify.</summary>
    public static LaunchRequest Request(IReadOnlyList<SelectedItem> selection, PathStyle style, System.Func<string, bool> fileExists)
    {
        // Invoke can come without GetState first (a keyboard accelerator, another program driving the verb).
        if (State(selection) != ExplorerCommandState.Enabled)
            return LaunchRequest.Invalid(LaunchProblemText.SelectionNotOnlyPkcs12);
        return LaunchParser.ValidatePaths(Paths(selection)!, style, fileExists);
    }

    /// <summary>The paths in the selection's order; null when an item is a folder or has no file-system path.</summary>
    private static IReadOnlyList<string>? Paths(IReadOnlyList<SelectedItem> selection) =>
        selection.All(item => item.FileSystemPath != null && !item.IsFolder)
            ? selection.Select(item => item.FileSystemPath!).ToList()
            : null;
}

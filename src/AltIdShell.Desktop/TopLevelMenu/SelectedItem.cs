namespace AltIdShell.Desktop.TopLevelMenu;

/// <summary>
/// What the tray's verb learns about one item of Explorer's selection (IShellItem): its file-system path, null when it
/// has none (an item inside a ZIP folder, a phone, a library), and whether it is a folder.
/// </summary>
public sealed record SelectedItem(string? FileSystemPath, bool IsFolder);

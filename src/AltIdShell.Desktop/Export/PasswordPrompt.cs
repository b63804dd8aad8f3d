namespace AltIdShell.Desktop.Export;

/// <summary>What the password dialog shows for one file of a batch.</summary>
public sealed record PasswordPrompt
{
    public PasswordPrompt(string sourcePath, int position, int count, bool sharedPasswordFailed, string? displayName = null)
    {
        SourcePath = sourcePath;
        DisplayName = displayName ?? System.IO.Path.GetFileName(sourcePath);
        Position = position;
        Count = count;
        SharedPasswordFailed = sharedPasswordFailed;
    }

    public string SourcePath { get; }
    /// <summary>The name to show: the file name, or the full path when another file of the batch has the same name.</summary>
    public string DisplayName { get; }
    /// <summary>1-based place of this file in the batch.</summary>
    public int Position { get; }
    public int Count { get; }
    /// <summary>Files after this one: when above zero the dialog offers "use this password for the remaining files".</summary>
    public int Remaining => Count - Position;
    /// <summary>The password the user chose to re-use was tried on this file and was wrong.</summary>
    public bool SharedPasswordFailed { get; }
}

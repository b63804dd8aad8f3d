namespace AltIdShell.Desktop.Activation;

/// <summary>What a notification button asks the tray to do with an exported .cer.</summary>
public enum ActivationAction
{
    OpenFolder,
    CopyPath,
    /// <summary>No more renewal reminders for the certificate exported to this .cer.</summary>
    StopReminding,
}

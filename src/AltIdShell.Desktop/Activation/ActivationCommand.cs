namespace AltIdShell.Desktop.Activation;

/// <summary>A decoded altidshell: URI: an action on one exported .cer.</summary>
public sealed class ActivationCommand
{
    public ActivationCommand(ActivationAction action, string path)
    {
        Action = action;
        Path = path;
    }

    public ActivationAction Action { get; }
    public string Path { get; }
}

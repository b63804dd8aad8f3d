namespace AltIdShell.Desktop.Activation;

/// <summary>A decoded altidshell: URI: an action on one exported .cer.</summary>
/// <param name="Action">What the button asked for.</param>
/// <param name="Path">The .cer it names.</param>
public sealed record ActivationCommand(ActivationAction Action, string Path);

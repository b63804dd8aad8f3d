namespace AltIdShell.Desktop.Flow;

/// <summary>The password dialog closed on an accepted password.</summary>
public sealed class PasswordAnswer
{
    public PasswordAnswer(bool useForRemaining)
    {
        UseForRemaining = useForRemaining;
    }

    public bool UseForRemaining { get; }
}

namespace AltIdShell.Core.Flow;

/// <summary>
/// The password prompt closed: on an accepted password, or, from a prompt that cannot ask again (a script's one password,
/// a person's last try), without one, which gives up on this file and reports it as a wrong password.
/// </summary>
public sealed class PasswordAnswer
{
    public PasswordAnswer(bool useForRemaining)
    {
        UseForRemaining = useForRemaining;
    }

    public bool UseForRemaining { get; }
}

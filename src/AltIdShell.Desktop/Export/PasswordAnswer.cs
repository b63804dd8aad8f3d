namespace AltIdShell.Desktop.Export;

/// <summary>
/// The password prompt closed: on an accepted password, or, from a prompt that cannot ask again (a script's one password,
/// a person's last try), without one, which gives up on this file and reports it as a wrong password.
/// </summary>
/// <param name="UseForRemaining">Try the accepted password on the batch's remaining files before asking.</param>
public sealed record PasswordAnswer(bool UseForRemaining);

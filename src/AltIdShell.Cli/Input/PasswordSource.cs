using System;
using System.Text;

namespace AltIdShell.Cli.Input;

/// <summary>
/// Where the password comes from: one line on standard input, the ALTID_PASSWORD variable, or a prompt without
/// echo. Never a command-line argument, which other users can read in the process list.
/// </summary>
internal sealed class PasswordSource
{
    public const string EnvironmentVariable = "ALTID_PASSWORD";

    private readonly bool _fromStdin;
    private string? _stdinLine;

    private static volatile bool _prompting;

    public PasswordSource(bool fromStdin) => _fromStdin = fromStdin;

    /// <summary>A person is typing a password now: Ctrl+C then ends the process rather than a derivation (<see cref="Interrupt"/>).</summary>
    public static bool IsPrompting => _prompting;

    /// <summary>A person at a terminal, who can be asked again; a script gives its one password once.</summary>
    public bool IsInteractive => !_fromStdin && Environment.GetEnvironmentVariable(EnvironmentVariable) is null && !Console.IsInputRedirected;

    /// <summary>A password for the file shown as <paramref name="displayName"/>: the script's one, or a newly typed one.</summary>
    public string Next(string displayName)
    {
        if (_fromStdin)
            return _stdinLine ??= Console.In.ReadLine() ?? string.Empty;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { } fromEnvironment)
            return fromEnvironment;
        if (Console.IsInputRedirected)
            throw new NoPasswordException();
        return Prompt(displayName);
    }

    private static string Prompt(string displayName)
    {
        using var quiet = TerminalEcho.Off();
        _prompting = true;
        try
        {
            return ReadHidden(displayName);
        }
        finally
        {
            _prompting = false;
        }
    }

    private static string ReadHidden(string displayName)
    {
        Console.Error.Write(CliText.PasswordPrompt.Format(Core.Text.DisplayText.Escape(displayName)).ToString());
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                    password.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar))
                password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}

/// <summary>No way to get a password: not a terminal, no --password-stdin, no ALTID_PASSWORD.</summary>
internal sealed class NoPasswordException : Exception
{
}

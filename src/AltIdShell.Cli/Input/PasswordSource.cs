using System;
using System.Text;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Input;

/// <summary>
/// Where the password comes from: one line on standard input, the ALTID_PASSWORD variable, or a prompt without
/// echo. Never a command-line argument, which other users can read in the process list.
/// </summary>
internal sealed class PasswordSource
{
    public const string EnvironmentVariable = "ALTID_PASSWORD";

    private readonly CliConsole _console;
    private readonly bool _fromStdin;
    private string? _stdinLine;

    private static volatile bool _prompting;

    public PasswordSource(CliConsole console, bool fromStdin)
    {
        _console = console;
        _fromStdin = fromStdin;
    }

    /// <summary>A person is typing a password now: Ctrl+C then ends the process rather than a derivation (<see cref="Interrupt"/>).</summary>
    public static bool IsPrompting => _prompting;

    /// <summary>A person at a terminal, who can be asked again; a script gives its one password once.</summary>
    public bool IsInteractive => !_fromStdin && _console.Variable(EnvironmentVariable) is null && _console.InputIsTerminal;

    /// <summary>A password for the file shown as <paramref name="displayName"/>: the script's one, or a newly typed one.</summary>
    public string Next(string displayName)
    {
        // Input that ends before a line is no password at all; an empty line is an empty (and so likely wrong) one.
        if (_fromStdin)
            return _stdinLine ??= _console.In.ReadLine() ?? throw new NoPasswordException(CliText.NoPasswordOnStdin);
        if (_console.Variable(EnvironmentVariable) is { } fromEnvironment)
            return fromEnvironment;
        if (!_console.InputIsTerminal)
            throw new NoPasswordException(CliText.NoPassword);
        return Prompt(displayName);
    }

    /// <summary>Keys from the terminal itself: only a real one has a person typing at it (InteractivePromptTests).</summary>
    private string Prompt(string displayName)
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

    private string ReadHidden(string displayName)
    {
        _console.Error.Write(CliText.PasswordPrompt.Format(Core.Text.DisplayText.Escape(displayName)).ToString());
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
        _console.Error.WriteLine();
        return password.ToString();
    }
}

/// <summary>No password to be had: no source of one (not a terminal, no --password-stdin, no ALTID_PASSWORD), or standard input ended without a line.</summary>
internal sealed class NoPasswordException : Exception
{
    public NoPasswordException(LocalizedText text) => Text = text;

    /// <summary>What to tell the person: why there is no password, and how to give one.</summary>
    public LocalizedText Text { get; }
}

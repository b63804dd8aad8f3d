using System;
using System.IO;
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
    private string? _remembered;
    private bool _haveRemembered;

    public PasswordSource(bool fromStdin) => _fromStdin = fromStdin;

    /// <summary>Only a person at a terminal can be asked again after a wrong password.</summary>
    public bool CanAskAgain => !_fromStdin && Environment.GetEnvironmentVariable(EnvironmentVariable) is null && !Console.IsInputRedirected;

    /// <summary>The password for <paramref name="file"/>; the last one given is tried first, so a batch is asked once.</summary>
    public string For(string file)
    {
        if (_haveRemembered)
            return _remembered!;
        _remembered = Read(file);
        _haveRemembered = true;
        return _remembered;
    }

    /// <summary>Asks the person at the terminal again, after a wrong password.</summary>
    public string AskAgain(string file)
    {
        _remembered = Prompt(file);
        return _remembered;
    }

    private string Read(string file)
    {
        if (_fromStdin)
            return Console.In.ReadLine() ?? string.Empty;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { } fromEnvironment)
            return fromEnvironment;
        if (Console.IsInputRedirected)
            throw new NoPasswordException();
        return Prompt(file);
    }

    private static string Prompt(string file)
    {
        Console.Error.Write(CliText.PasswordPrompt.Format(Path.GetFileName(file)).ToString());
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

using System;
using System.CommandLine;
using System.Linq;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Input;

/// <summary>
/// Checks the arguments before anything else happens, and names a bad one by its position, never by its text: a
/// mistyped option such as --passwd puts the password in the next argument, and every echo of it ("file not found:
/// SECRET", "unrecognized argument 'SECRET'") shows it on the screen and in logs.
/// </summary>
internal static class ArgumentCheck
{
    private static readonly string[] HelpNames = { "-h", "--help", "-?", "/?", "/h" };
    private static readonly string[] RootNames = HelpNames.Append("--version").ToArray();

    /// <summary>What is wrong with <paramref name="args"/>, or null.</summary>
    public static LocalizedText? Problem(string[] args, RootCommand root)
    {
        if (args.Length == 0 || RootNames.Contains(args[0], StringComparer.OrdinalIgnoreCase))
            return null;
        var command = root.Subcommands.FirstOrDefault(c => c.Name == args[0]);
        if (command == null)
            return CliText.NotACommand;
        var positionals = 0;
        var maxPositionals = command.Arguments.Sum(a => a.Arity.MaximumNumberOfValues);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
                break;
            if (arg.Length < 2 || arg[0] != '-')
            {
                // A lone extra argument for inspect was once echoed as "Unrecognized command or argument".
                if (++positionals > maxPositionals)
                    return CliText.OneFileTooMany.Format(i + 1, command.Name);
                continue;
            }
            var name = PasswordArguments.OptionName(arg);
            if (HelpNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                continue;
            var option = command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
            if (option == null)
                return CliText.UnknownOption.Format(i + 1, command.Name);
            if (option.ValueType != typeof(bool) && name == arg)
                i++;
        }
        return null;
    }
}

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
            return CliText.NotACommand.Format(1);
        var name = command.Name;
        var first = 1;
        // "store list", "store export": down to the command that does the work.
        while (first < args.Length && command.Subcommands.FirstOrDefault(c => c.Name == args[first]) is { } subcommand)
        {
            command = subcommand;
            name += " " + subcommand.Name;
            first++;
        }
        if (command.Subcommands.Count > 0 && first < args.Length && !HelpNames.Contains(args[first], StringComparer.OrdinalIgnoreCase))
            return CliText.NotACommand.Format(first + 1);
        var positionals = 0;
        var maxPositionals = command.Arguments.Sum(a => a.Arity.MaximumNumberOfValues);
        var afterDashes = false;
        for (var i = first; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--" && !afterDashes)
            {
                // Everything after "--" is a FILE, and counts as one: an extra word there was once echoed.
                afterDashes = true;
                continue;
            }
            if (afterDashes || arg.Length < 2 || arg[0] != '-')
            {
                // A lone extra argument for inspect was once echoed as "Unrecognized command or argument".
                if (++positionals > maxPositionals)
                    return CliText.OneFileTooMany.Format(i + 1, name);
                continue;
            }
            var optionName = PasswordArguments.OptionName(arg);
            if (HelpNames.Contains(optionName, StringComparer.OrdinalIgnoreCase))
                continue;
            var option = command.Options.FirstOrDefault(o => o.Name == optionName || o.Aliases.Contains(optionName));
            if (option == null)
            {
                return NearestOption.To(optionName, command.Options.Select(o => o.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal))) is { } nearest
                    ? CliText.UnknownOptionNearest.Format(i + 1, name, nearest)
                    : CliText.UnknownOption.Format(i + 1, name);
            }
            if (option.ValueType == typeof(bool))
            {
                // "--json=SECRET", "--offline:SECRET": the parser would echo the value it cannot read as true or false.
                if (optionName != arg)
                    return CliText.OptionTakesNoValue.Format(i + 1, option.Name, name);
            }
            else if (optionName == arg)
            {
                i++;
            }
        }
        return null;
    }
}

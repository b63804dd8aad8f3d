using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;
using System.Linq;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Output;

/// <summary>
/// --help in the UI language. System.CommandLine 2.0 ships no Danish texts and keeps its help layout's context
/// internal, so --help runs this action instead: the same sections as its default, under Danish or English titles.
/// </summary>
internal sealed class HelpText : SynchronousCommandLineAction
{
    private readonly CliConsole _console;

    private HelpText(CliConsole console) => _console = console;

    public static void Localize(RootCommand root, CliConsole console)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = CliText.HelpOptionDescription.ToString();
                help.Action = new HelpText(console);
            }
            else if (option is VersionOption version)
            {
                version.Description = CliText.VersionOptionDescription.ToString();
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, _console.Out);
        return ExitCodes.Success;
    }

    public static void Write(Command command, TextWriter output)
    {
        output.WriteLine(CliText.HelpDescriptionTitle.ToString());
        output.WriteLine("  " + command.Description);
        output.WriteLine();
        output.WriteLine(CliText.HelpUsageTitle.ToString());
        output.WriteLine("  " + Usage(command));
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (Label(a), a.Description)).ToList();
        var options = Options(command).Select(o => (Label(o), o.Description)).ToList();
        var commands = command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(" ", new[] { c.Name }.Concat(c.Arguments.Select(Label))), c.Description)).ToList();
        Section(output, CliText.HelpArgumentsTitle, arguments);
        Section(output, CliText.HelpOptionsTitle, options);
        Section(output, CliText.HelpCommandsTitle, commands);
        // Scripts read the exit code: said wherever a command that sets one is described.
        if (command is RootCommand || command.Subcommands.Count == 0)
            Section(output, CliText.HelpExitCodesTitle, ExitCodes.Described.Select(e => (e.Code.ToString(CultureInfo.InvariantCulture), (string?)e.Text.ToString())).ToList());
    }

    private static string Usage(Command command)
    {
        var parts = new List<string>();
        for (Symbol? symbol = command; symbol != null; symbol = symbol.Parents.FirstOrDefault())
            parts.Insert(0, symbol is RootCommand ? "altid-export" : symbol.Name);
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => Label(a) + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)));
        if (command.Subcommands.Any())
            parts.Add("[" + CliText.HelpUsageCommand + "]");
        if (Options(command).Any())
            parts.Add("[" + CliText.HelpUsageOptions + "]");
        return string.Join(" ", parts);
    }

    /// <summary>The command's own options and the recursive ones of its ancestors (--help).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent != null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        return options;
    }

    private static string Label(Argument argument) => "<" + (argument.HelpName ?? argument.Name) + ">";

    private static string Label(Option option)
    {
        // Windows' /? and /h work too, but are not what a reader on either system types.
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => !n.StartsWith("/", StringComparison.Ordinal)).OrderBy(n => n.Length));
        var takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
        return takesValue ? names + " <" + (option.HelpName ?? "VALUE") + ">" : names;
    }

    private static void Section(TextWriter output, LocalizedText title, IReadOnlyList<(string Label, string? Description)> rows)
    {
        if (rows.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine(title.ToString());
        var width = rows.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in rows)
            output.WriteLine("  " + label.PadRight(width) + description);
    }
}

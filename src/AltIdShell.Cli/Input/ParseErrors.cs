using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli.Input;

/// <summary>
/// System.CommandLine's parse errors in the UI language. Once <see cref="ArgumentCheck"/> has passed only these few
/// remain: no command, no file, an option without its value, and the command's own validators, which are ours already.
/// </summary>
internal static class ParseErrors
{
    public static LocalizedText Describe(ParseError error, ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        return error.SymbolResult switch
        {
            OptionResult option => CliText.OptionNeedsValue.Format(option.Option.Name, command.Name),
            ArgumentResult => CliText.FileMissing.Format(command.Name),
            CommandResult when command is RootCommand => CliText.CommandMissing,
            CommandResult when command.Subcommands.Count > 0 => CliText.StoreCommandMissing,
            // The one validator (ExistingFileOptions); anything else System.CommandLine says is English and may echo
            // an argument, so it is never printed.
            _ when error.Message == CliText.KeepBothAndReplace.ToString() => CliText.KeepBothAndReplace,
            _ => CliText.CannotParse.Format(command.Name),
        };
    }

    /// <summary>Errors to report; --help shows the help even when the rest of the line is incomplete.</summary>
    public static bool AnyIn(ParseResult parse) => parse.Errors.Any() && parse.Action is not HelpText;
}

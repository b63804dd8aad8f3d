using System.CommandLine;
using AltIdShell.Core.Export;

namespace AltIdShell.Cli.Commands;

/// <summary>--keep-both and --replace: the answer, given in advance, to a different .cer already at the name.</summary>
internal sealed class ExistingFileOptions
{
    private readonly Option<bool> _keepBoth = new("--keep-both") { Description = CliText.KeepBothDescription.ToString() };
    private readonly Option<bool> _replace = new("--replace") { Description = CliText.ReplaceDescription.ToString() };

    public void AddTo(Command command)
    {
        command.Options.Add(_keepBoth);
        command.Options.Add(_replace);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_keepBoth) && result.GetValue(_replace))
                result.AddError(CliText.KeepBothAndReplace.ToString());
        });
    }

    public ExistingFileChoice Choice(ParseResult parse) =>
        parse.GetValue(_replace) ? ExistingFileChoice.Replace
        : parse.GetValue(_keepBoth) ? ExistingFileChoice.KeepBoth
        : ExistingFileChoice.Ask;
}

using System;
using System.CommandLine;
using System.IO;
using AltIdShell.Cli.Input;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Export;
using AltIdShell.Desktop.Export;

namespace AltIdShell.Cli.Commands;

/// <summary>altid-export export FILE...: the right-click's job, from a terminal or a script, by the tray's own flow.</summary>
internal static class ExportCommand
{
    public static Command Create(string[] args)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, HelpName = CliText.FileHelpName.ToString(), Description = CliText.FilesDescription.ToString() };
        var pem = new Option<bool>("--pem") { Description = CliText.PemDescription.ToString() };
        var output = new Option<string?>("--out") { Description = CliText.OutDescription.ToString(), HelpName = "DIR" };
        var keepBoth = new Option<bool>("--keep-both") { Description = CliText.KeepBothDescription.ToString() };
        var replace = new Option<bool>("--replace") { Description = CliText.ReplaceDescription.ToString() };
        var passwordStdin = CommonOptions.PasswordStdin();
        var json = CommonOptions.Json();
        var certificate = CommonOptions.Certificate();
        var offline = CommonOptions.Offline();
        var test = CommonOptions.TestRegister();

        var command = new Command("export", CliText.ExportDescription.ToString())
        {
            files, pem, output, keepBoth, replace, passwordStdin, json, certificate, offline, test,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(keepBoth) && result.GetValue(replace))
                result.AddError(CliText.KeepBothAndReplace.ToString());
        });
        command.SetAction(parse =>
        {
            var outputDirectory = parse.GetValue(output);
            if (outputDirectory != null && !Directory.Exists(outputDirectory))
            {
                // Not named: a mistyped option may have put a password here.
                Console.Error.WriteLine(CliText.OutFolderMissing.ToString());
                return ExitCodes.FileSystem;
            }
            var choice = parse.GetValue(replace) ? ExistingFileChoice.Replace
                : parse.GetValue(keepBoth) ? ExistingFileChoice.KeepBoth
                : ExistingFileChoice.Ask;
            using var reporter = new Reporter(parse.GetValue(json), CommonOptions.Register(parse.GetValue(test)));
            var existing = CommandFiles.Existing(args, parse.GetValue(files)!, reporter);
            var ui = new ConsoleExportUi(new PasswordSource(parse.GetValue(passwordStdin)), reporter);
            var flow = new ExportFlow(CommonOptions.Exporter(parse.GetValue(offline)), ui, new ExportChoices
            {
                Format = parse.GetValue(pem) ? CerFormat.Pem : CerFormat.Der,
                OutputDirectory = outputDirectory,
                ExistingFile = choice,
                SelectedSha256 = parse.GetValue(certificate),
            });
            if (!CommonOptions.Run(flow, existing))
                return ExitCodes.Cancelled;
            return reporter.ExitCode;
        });
        return command;
    }
}

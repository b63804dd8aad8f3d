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
    public static Command Create(string[] args, CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, HelpName = CliText.FileHelpName.ToString(), Description = CliText.FilesDescription.ToString() };
        var pem = new Option<bool>("--pem") { Description = CliText.PemDescription.ToString() };
        var output = CommonOptions.Out(CliText.OutDescription);
        var existingFile = new ExistingFileOptions();
        var passwordStdin = CommonOptions.PasswordStdin();
        var json = CommonOptions.Json();
        var certificate = CommonOptions.Certificate(CliText.CertificateDescription);
        var offline = CommonOptions.Offline();
        var test = CommonOptions.TestRegister();
        var requireRevocation = CommonOptions.RequireRevocation();

        var command = new Command("export", CliText.ExportDescription.ToString())
        {
            files, pem, output,
        };
        existingFile.AddTo(command);
        foreach (var option in new Option[] { passwordStdin, json, certificate, offline, test, requireRevocation })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var outputDirectory = parse.GetValue(output);
            if (outputDirectory != null && !Directory.Exists(outputDirectory))
            {
                // Not named: a mistyped option may have put a password here.
                console.Error.WriteLine((File.Exists(outputDirectory) ? CliText.OutIsAFile : CliText.OutFolderMissing).ToString());
                return ExitCodes.FileSystem;
            }
            var choice = existingFile.Choice(parse);
            using var reporter = new Reporter(console, parse.GetValue(json), CommonOptions.Register(parse.GetValue(test)), parse.GetValue(requireRevocation));
            var existing = CommandFiles.Existing(args, parse.GetValue(files)!, reporter);
            var ui = new ConsoleExportUi(new PasswordSource(console, parse.GetValue(passwordStdin)), reporter, console, outputDirectory);
            var flow = new ExportFlow(CommonOptions.Exporter(parse.GetValue(offline), console), ui, new ExportChoices
            {
                Format = parse.GetValue(pem) ? CerFormat.Pem : CerFormat.Der,
                OutputDirectory = outputDirectory,
                ExistingFile = choice,
                SelectedSha256 = parse.GetValue(certificate),
            });
            if (!CommonOptions.Run(flow, existing, console))
                return ExitCodes.Cancelled;
            return reporter.ExitCode;
        });
        return command;
    }
}

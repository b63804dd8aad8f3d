using System.CommandLine;
using AltIdShell.Cli.Input;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Errors;
using AltIdShell.Desktop.Export;
using AltIdShell.Shared;

namespace AltIdShell.Cli.Commands;

/// <summary>altid-export inspect FILE: what a .p12/.pfx would export, or what a .cer/.crt/.p7b holds, writing nothing.</summary>
internal static class InspectCommand
{
    public static Command Create(string[] args, CliConsole console)
    {
        var file = new Argument<string>("FILE") { HelpName = CliText.FileHelpName.ToString(), Description = CliText.FileDescription.ToString() };
        var passwordStdin = CommonOptions.PasswordStdin();
        var json = CommonOptions.Json();
        var certificate = CommonOptions.Certificate(CliText.InspectCertificateDescription);
        var offline = CommonOptions.Offline();
        var test = CommonOptions.TestRegister();
        var requireRevocation = CommonOptions.RequireRevocation();
        var command = new Command("inspect", CliText.InspectDescription.ToString()) { file, passwordStdin, json, certificate, offline, test, requireRevocation };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var exporter = CommonOptions.Exporter(parse.GetValue(offline), console);
            using var reporter = new Reporter(console, parse.GetValue(json), CommonOptions.Register(parse.GetValue(test)), parse.GetValue(requireRevocation));
            if (CommandFiles.Existing(args, new[] { path }, reporter).Count == 0)
                return reporter.ExitCode;
            // Every file is read as what it holds, and a password asked only for a real PKCS#12 file, by the export's
            // own flow. A .p12 behind a certificate's name is refused as dangerous by InspectCer, lest it be uploaded.
            if (CertificateFileName.IsCertificateFile(path))
            {
                var ui = new ConsoleExportUi(new PasswordSource(console, parse.GetValue(passwordStdin)), reporter, console);
                return CommonOptions.Run(ExportFlow.Reading(exporter, ui, parse.GetValue(certificate)), new[] { path }, console)
                    ? reporter.ExitCode
                    : ExitCodes.Cancelled;
            }
            try
            {
                var cer = exporter.InspectCer(path, parse.GetValue(certificate));
                reporter.Inspected(path, cer.Summary, cer);
            }
            catch (ExportException e)
            {
                reporter.Failed(path, e);
            }
            return reporter.ExitCode;
        });
        return command;
    }
}

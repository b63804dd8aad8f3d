using System.CommandLine;
using System.Threading.Tasks;
using AltIdShell.Cli.Input;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Flow;
using AltIdShell.Core.Text;
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
        var command = new Command("inspect", CliText.InspectDescription.ToString()) { file, passwordStdin, json, certificate, offline, test };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var exporter = CommonOptions.Exporter(parse.GetValue(offline), console);
            using var reporter = new Reporter(console, parse.GetValue(json), CommonOptions.Register(parse.GetValue(test)));
            if (CommandFiles.Existing(args, new[] { path }, reporter).Count == 0)
                return reporter.ExitCode;
            try
            {
                // Every file is read as what it holds, and a password asked only for a real PKCS#12 file. A .p12
                // behind a certificate's name is refused as dangerous by InspectCer, lest it be uploaded.
                if (CertificateFileName.IsCertificateFile(path))
                {
                    var passwords = new PasswordSource(console, parse.GetValue(passwordStdin));
                    if (InspectPkcs12(exporter, path, parse.GetValue(certificate), new ConsoleExportUi(passwords, reporter, console)) is { } summary)
                        reporter.Inspected(path, summary, null);
                }
                else
                {
                    var cer = exporter.InspectCer(path, parse.GetValue(certificate));
                    reporter.Inspected(path, cer.Summary, cer);
                }
            }
            catch (ExportException e)
            {
                reporter.Failed(path, e);
            }
            return reporter.ExitCode;
        });
        return command;
    }

    /// <summary>With the same password prompt and tries as export; null once a wrong password has been reported.</summary>
    private static CertificateSummary? InspectPkcs12(CertificateExporter exporter, string path, string? certificate, ConsoleExportUi ui)
    {
        if (!exporter.NeedsPassword(path))
            return exporter.Inspect(path, null, certificate);
        CertificateSummary? summary = null;
        ExportException? wrong = null;
        ui.AskPasswordAsync(new PasswordPrompt(path, 1, 1, sharedPasswordFailed: false), password =>
        {
            try
            {
                summary = exporter.Inspect(path, password, certificate);
                return Task.FromResult<LocalizedText?>(null);
            }
            catch (ExportException e) when (e.Kind == ExportErrorKind.WrongPassword)
            {
                wrong = e;
                return Task.FromResult<LocalizedText?>(e.Text);
            }
        }).GetAwaiter().GetResult();
        if (summary == null && wrong != null)
            throw wrong;
        return summary;
    }
}

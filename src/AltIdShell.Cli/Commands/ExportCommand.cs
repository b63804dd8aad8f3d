using System.CommandLine;
using System.IO;
using AltIdShell.Cli.Input;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;

namespace AltIdShell.Cli.Commands;

/// <summary>altid-export export FILE...: the right-click's job, from a terminal or a script.</summary>
internal static class ExportCommand
{
    // A person at a terminal gets three tries per file, like a Windows logon prompt.
    private const int MaxTries = 3;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = CliText.FilesDescription.ToString() };
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
            var choice = parse.GetValue(replace) ? ExistingFileChoice.Replace
                : parse.GetValue(keepBoth) ? ExistingFileChoice.KeepBoth
                : ExistingFileChoice.Ask;
            var passwords = new PasswordSource(parse.GetValue(passwordStdin));
            var exporter = CommonOptions.Exporter(parse.GetValue(offline));
            using var reporter = new Reporter(parse.GetValue(json), CommonOptions.Register(parse.GetValue(test)));
            foreach (var file in parse.GetValue(files)!)
            {
                var request = new ExportRequest(file, null)
                    .WithFormat(parse.GetValue(pem) ? CerFormat.Pem : CerFormat.Der)
                    .WithOutputDirectory(parse.GetValue(output))
                    .WithExistingFile(choice)
                    .WithSelectedSha256(parse.GetValue(certificate));
                ExportOne(exporter, file, request, passwords, reporter);
            }
            return reporter.ExitCode;
        });
        return command;
    }

    private static void ExportOne(CertificateExporter exporter, string file, ExportRequest template, PasswordSource passwords, Reporter reporter)
    {
        // A certificate file (.cer, .p7b) has no password to ask for.
        var password = CertificateExporter.Default.NeedsPassword(file) ? passwords.For(file) : null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                reporter.Exported(file, exporter.Export(template.WithPassword(password)));
                return;
            }
            catch (ExportException e) when (e.Kind == ExportErrorKind.WrongPassword && passwords.CanAskAgain && attempt < MaxTries)
            {
                System.Console.Error.WriteLine(e.Text + " " + CliText.TryAgain);
                password = passwords.AskAgain(file);
            }
            catch (ExportException e)
            {
                reporter.Failed(file, e);
                return;
            }
        }
    }
}

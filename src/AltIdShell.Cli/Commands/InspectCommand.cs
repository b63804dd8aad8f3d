using System;
using System.CommandLine;
using System.IO;
using AltIdShell.Cli.Input;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;

namespace AltIdShell.Cli.Commands;

/// <summary>altid-export inspect FILE: what a .p12/.pfx would export, or what a .cer/.crt/.p7b holds, writing nothing.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = CliText.FileDescription.ToString() };
        var passwordStdin = CommonOptions.PasswordStdin();
        var json = CommonOptions.Json();
        var certificate = CommonOptions.Certificate();
        var offline = CommonOptions.Offline();
        var test = CommonOptions.TestRegister();
        var command = new Command("inspect", CliText.InspectDescription.ToString()) { file, passwordStdin, json, certificate, offline, test };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var exporter = CommonOptions.Exporter(parse.GetValue(offline));
            using var reporter = new Reporter(parse.GetValue(json), CommonOptions.Register(parse.GetValue(test)));
            try
            {
                // Every file is read as what it holds, and a password asked only for a real PKCS#12 file. A .p12
                // behind a certificate's name is refused as dangerous by InspectCer, lest it be uploaded.
                if (IsPkcs12Name(path))
                {
                    var password = exporter.NeedsPassword(path) ? new PasswordSource(parse.GetValue(passwordStdin)).For(path) : null;
                    reporter.Inspected(path, exporter.Inspect(path, password, parse.GetValue(certificate)), null);
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

    private static bool IsPkcs12Name(string path) =>
        Path.GetExtension(path).Equals(".p12", StringComparison.OrdinalIgnoreCase)
        || Path.GetExtension(path).Equals(".pfx", StringComparison.OrdinalIgnoreCase);
}

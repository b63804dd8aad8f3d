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
        var command = new Command("inspect", CliText.InspectDescription.ToString()) { file, passwordStdin, json, certificate };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using var reporter = new Reporter(parse.GetValue(json));
            try
            {
                // Every file is read as what it holds, and a password asked only for a real PKCS#12 file. A .p12
                // behind a certificate's name is refused as dangerous by InspectCer, lest it be uploaded.
                if (IsPkcs12Name(path))
                {
                    var password = CertificateExporter.Default.NeedsPassword(path) ? new PasswordSource(parse.GetValue(passwordStdin)).For(path) : null;
                    reporter.Inspected(path, CertificateExporter.Default.Inspect(path, password, parse.GetValue(certificate)), null);
                }
                else
                {
                    var cer = CertificateExporter.Default.InspectCer(path, parse.GetValue(certificate));
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

using System;
using System.CommandLine;
using System.IO;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Store;

namespace AltIdShell.Cli.Commands;

/// <summary>
/// altid-export store list|export: certificates already in the Windows certificate store (on Linux, .NET's own
/// CurrentUser\My). Only their public part is read; the private key beside them is never touched.
/// </summary>
internal static class StoreCommand
{
    public static Command Create() => new("store", CliText.StoreDescription.ToString()) { List(), Export() };

    private static Command List()
    {
        var all = new Option<bool>("--all") { Description = CliText.StoreAllDescription.ToString() };
        var json = CommonOptions.Json();
        var command = new Command("list", CliText.StoreListDescription.ToString()) { all, json };
        command.SetAction(parse =>
        {
            var listing = Read();
            var shown = listing.Shown(parse.GetValue(all));
            if (parse.GetValue(json))
            {
                using var report = new JsonReport(Console.OpenStandardOutput());
                foreach (var certificate in shown)
                    report.Listed(certificate);
            }
            else
            {
                StoreListPrinter.Print(Console.Out, listing, shown);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export()
    {
        var fingerprint = new Argument<string>("SHA256") { Description = CliText.StoreFingerprintDescription.ToString() };
        var output = new Option<string?>("--out") { Description = CliText.StoreOutDescription.ToString(), HelpName = "DIR" };
        var keepBoth = CommonOptions.KeepBoth();
        var replace = CommonOptions.Replace();
        var json = CommonOptions.Json();
        var command = new Command("export", CliText.StoreExportDescription.ToString()) { fingerprint, output, keepBoth, replace, json };
        command.Validators.Add(result =>
        {
            if (result.GetValue(keepBoth) && result.GetValue(replace))
                result.AddError(CliText.KeepBothAndReplace.ToString());
        });
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(fingerprint)!;
            var certificate = StoreCertificateLister.Find(Read(), wanted);
            if (certificate == null)
            {
                Console.Error.WriteLine(CliText.StoreNotFound.Format(wanted).ToString());
                return ExitCodes.CertificateChoice;
            }
            var choice = parse.GetValue(replace) ? ExistingFileChoice.Replace
                : parse.GetValue(keepBoth) ? ExistingFileChoice.KeepBoth
                : ExistingFileChoice.Ask;
            using var reporter = new Reporter(parse.GetValue(json), AltIdRegister.Production, requireRevocation: false);
            try
            {
                var folder = parse.GetValue(output) ?? Directory.GetCurrentDirectory();
                reporter.Exported(certificate.StoreName, StoreCertificateExporter.Default.Export(certificate, folder, choice));
            }
            catch (ExportException e)
            {
                reporter.Failed(certificate.StoreName, e);
            }
            return reporter.ExitCode;
        });
        return command;
    }

    /// <summary>Both personal stores; one that cannot be read is said on standard error, so --json output stays clean.</summary>
    private static StoreListing Read()
    {
        var listing = StoreCertificateLister.List(X509StoreSource.PersonalStores, CertificateExporter.Default.Clock());
        foreach (var location in listing.Unreadable)
            Console.Error.WriteLine(CliText.StoreUnreadable.Format(location + @"\My").ToString());
        return listing;
    }
}

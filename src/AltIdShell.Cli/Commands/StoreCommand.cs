using System.CommandLine;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Store;

namespace AltIdShell.Cli.Commands;

/// <summary>
/// altid-export store list|export: certificates already in the Windows certificate store (on Linux, .NET's own
/// CurrentUser\My). Only their public part is read; the private key beside them is never touched.
/// </summary>
internal static class StoreCommand
{
    public static Command Create(CliConsole console) => new("store", CliText.StoreDescription.ToString()) { List(console), Export(console) };

    private static Command List(CliConsole console)
    {
        var all = new Option<bool>("--all") { Description = CliText.StoreAllDescription.ToString() };
        var json = CommonOptions.Json();
        var command = new Command("list", CliText.StoreListDescription.ToString()) { all, json };
        command.SetAction(parse =>
        {
            var listing = Read(console);
            var shown = listing.Shown(parse.GetValue(all));
            if (parse.GetValue(json))
            {
                using var report = new JsonReport(console.OpenStandardOutput());
                foreach (var certificate in shown)
                    report.Listed(certificate);
            }
            else
            {
                StoreListPrinter.Print(console.Out, listing, shown);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(CliConsole console)
    {
        var fingerprint = new Argument<string>("SHA256") { Description = CliText.StoreFingerprintDescription.ToString() };
        var output = CommonOptions.Out(CliText.StoreOutDescription);
        var existingFile = new ExistingFileOptions();
        var json = CommonOptions.Json();
        var command = new Command("export", CliText.StoreExportDescription.ToString()) { fingerprint, output };
        existingFile.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(fingerprint)!;
            var certificate = StoreCertificateLister.Find(Read(console), wanted);
            if (certificate == null)
            {
                console.Error.WriteLine(CliText.StoreNotFound.Format(wanted).ToString());
                return ExitCodes.CertificateChoice;
            }
            var choice = existingFile.Choice(parse);
            using var reporter = new Reporter(console, parse.GetValue(json), AltIdRegister.Production);
            try
            {
                var folder = parse.GetValue(output) ?? console.CurrentFolder;
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
    private static StoreListing Read(CliConsole console)
    {
        var listing = StoreCertificateLister.List(console.Store, console.Clock());
        foreach (var location in listing.Unreadable)
            console.Error.WriteLine(CliText.StoreUnreadable.Format(location + @"\My").ToString());
        return listing;
    }
}

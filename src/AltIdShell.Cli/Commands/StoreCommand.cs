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
                StoreListPrinter.Print(console.Out, listing, shown, console.Time);
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
            // Never repeated back: a password typed where the fingerprint goes would be printed.
            var matches = StoreCertificateLister.Matching(Read(console), parse.GetValue(fingerprint)!);
            if (matches.Count != 1)
            {
                console.Error.WriteLine((matches.Count == 0 ? CliText.StoreNotFound : CliText.StoreAmbiguous.Format(matches.Count)).ToString());
                return ExitCodes.CertificateChoice;
            }
            var certificate = matches[0];
            var choice = existingFile.Choice(parse);
            using var reporter = new Reporter(console, parse.GetValue(json), AltIdRegister.Production, requireRevocation: false);
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

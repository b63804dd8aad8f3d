using System;
using System.Collections.Generic;
using System.CommandLine;
using AltIdShell.Cli.Input;
using AltIdShell.Cli.Output;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Export;
using AltIdShell.Core.Text;
using AltIdShell.Desktop.Export;

namespace AltIdShell.Cli.Commands;

/// <summary>Options several commands take.</summary>
internal static class CommonOptions
{
    public static Option<bool> PasswordStdin() => new("--password-stdin") { Description = CliText.PasswordStdinDescription.ToString() };

    public static Option<bool> Json() => new("--json") { Description = CliText.JsonDescription.ToString() };

    public static Option<bool> Offline() => new("--offline") { Description = CliText.OfflineDescription.ToString() };

    public static Option<bool> TestRegister() => new("--test") { Description = CliText.TestRegisterDescription.ToString() };

    /// <summary>The engine with the checks the options ask for: online unless --offline.</summary>
    public static CertificateExporter Exporter(bool offline, CliConsole console) =>
        new CertificateExporter(clock: console.Clock).With(offline ? CertificateChecks.Offline : CertificateChecks.Online(asking: RevocationLine.For(console)));

    public static Option<bool> RequireRevocation() => new("--require-revocation") { Description = CliText.RequireRevocationDescription.ToString() };

    public static AltIdRegister Register(bool test) => test ? AltIdRegister.Test : AltIdRegister.Production;

    public static Option<string?> Certificate(LocalizedText description) => new("--certificate") { Description = description.ToString(), HelpName = "SHA-256" };

    public static Option<string?> Out(LocalizedText description) => new("--out") { Description = description.ToString(), HelpName = CliText.FolderHelpName.ToString() };

    /// <summary>
    /// Runs the flow until it is done, or until Ctrl+C stops it: false then, when it has said so on standard error.
    /// </summary>
    public static bool Run(ExportFlow flow, IReadOnlyList<string> files, CliConsole console)
    {
        using var interrupt = new Interrupt();
        try
        {
            flow.RunAsync(files, interrupt.Token).GetAwaiter().GetResult();
            return true;
        }
        catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
        {
            console.Error.WriteLine();
            console.Error.WriteLine(CliText.Cancelled.ToString());
            return false;
        }
    }
}

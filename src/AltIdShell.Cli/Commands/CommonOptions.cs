using System.CommandLine;

namespace AltIdShell.Cli.Commands;

/// <summary>Options several commands take.</summary>
internal static class CommonOptions
{
    public static Option<bool> PasswordStdin() => new("--password-stdin") { Description = CliText.PasswordStdinDescription.ToString() };

    public static Option<bool> Json() => new("--json") { Description = CliText.JsonDescription.ToString() };

    public static Option<string?> Certificate() => new("--certificate") { Description = CliText.CertificateDescription.ToString(), HelpName = "SHA-256" };

    public static Option<bool> KeepBoth() => new("--keep-both") { Description = CliText.KeepBothDescription.ToString() };

    public static Option<bool> Replace() => new("--replace") { Description = CliText.ReplaceDescription.ToString() };
}

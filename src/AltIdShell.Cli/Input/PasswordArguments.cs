using System;
using System.Linq;

namespace AltIdShell.Cli.Input;

/// <summary>
/// The options people try when they look for a way to pass the password (as openssl, keytool and curl take it).
/// There is none: a password in the arguments is visible to every user in the process list and lands in shell history.
/// </summary>
internal static class PasswordArguments
{
    private static readonly string[] Names = { "--password", "-p", "--pass", "--passin", "-passin", "--passout", "--pw", "/p", "-storepass", "--storepass" };

    public static bool AnyIn(string[] args) => args.Any(arg =>
        Names.Any(name => arg.Equals(name, StringComparison.OrdinalIgnoreCase)
            || arg.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase)
            || arg.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)));
}

using System;
using System.Linq;

namespace AltIdShell.Cli.Input;

/// <summary>
/// The options and values people try when they look for a way to pass the password (as openssl, keytool, curl,
/// pkcs12 tools and Danish habit spell it). There is none: a password in the arguments is visible to every user in the
/// process list and lands in shell history.
/// </summary>
internal static class PasswordArguments
{
    private static readonly string[] Names =
    {
        "--password", "-password", "-p", "--pass", "-pass", "--passin", "-passin", "--passout", "-passout", "--pw",
        "/p", "--keypass", "-keypass", "--passwd", "--pwd", "--passphrase", "--pin", "--adgangskode", "--kodeord",
    };

    // OpenSSL's pass phrase arguments: -passin pass:SECRET, env:VAR, file:PATH.
    private static readonly string[] ValuePrefixes = { "pass:", "env:", "file:" };

    public static bool AnyIn(string[] args) => args.Any(IsPasswordAttempt);

    private static bool IsPasswordAttempt(string arg)
    {
        var name = OptionName(arg);
        return Names.Any(known => name.Equals(known, StringComparison.OrdinalIgnoreCase))
            // keytool's -storepass, -srcstorepass, -deststorepass, -new… all end so.
            || (name.StartsWith("-", StringComparison.Ordinal) && name.EndsWith("storepass", StringComparison.OrdinalIgnoreCase))
            || ValuePrefixes.Any(prefix => arg.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"--pass" of "--pass", "--pass=X" and "--pass:X".</summary>
    public static string OptionName(string arg)
    {
        var end = arg.IndexOfAny(new[] { '=', ':' });
        return end > 0 ? arg.Substring(0, end) : arg;
    }
}

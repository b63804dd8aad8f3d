using System;
using System.CommandLine;
using AltIdShell.Cli.Commands;
using AltIdShell.Cli.Input;
using AltIdShell.Cli.Output;

namespace AltIdShell.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        UiCulture.FollowEnvironmentWhenInvariant();
#if NETFRAMEWORK
        // The Windows console would otherwise print æ, ø and å in the OEM code page.
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);
#endif
        if (PasswordArguments.AnyIn(args))
        {
            // Said before parsing, which would echo the password back as an unknown file name.
            Console.Error.WriteLine(CliText.PasswordOnCommandLine.ToString());
            return ExitCodes.Usage;
        }
        var root = new RootCommand(CliText.RootDescription.ToString())
        {
            ExportCommand.Create(args),
            InspectCommand.Create(args),
            StoreCommand.Create(),
        };
        HelpText.Localize(root);
        if (ArgumentCheck.Problem(args, root) is { } problem)
        {
            // Before parsing, which would echo an unknown argument, and that may be a password.
            Console.Error.WriteLine(problem.ToString());
            return ExitCodes.Usage;
        }
        try
        {
            // No response files: "@SECRET" would be echoed as a response file that is not found.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (ParseErrors.AnyIn(parse))
            {
                foreach (var error in parse.Errors)
                    Console.Error.WriteLine(ParseErrors.Describe(error, parse).ToString());
                return ExitCodes.Usage;
            }
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (NoPasswordException)
        {
            Console.Error.WriteLine(CliText.NoPassword.ToString());
            return ExitCodes.Usage;
        }
    }
}

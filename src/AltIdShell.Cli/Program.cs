using System;
using System.CommandLine;
using System.Text;
using AltIdShell.Cli.Commands;
using AltIdShell.Cli.Input;

namespace AltIdShell.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
#if NETFRAMEWORK
        // The Windows console would otherwise print æ, ø and å in the OEM code page.
        Console.OutputEncoding = new UTF8Encoding(false);
#endif
        if (PasswordArguments.AnyIn(args))
        {
            // Said before parsing, which would echo the password back as an unknown file name.
            Console.Error.WriteLine(CliText.PasswordOnCommandLine.ToString());
            return ExitCodes.Usage;
        }
        var root = new RootCommand(CliText.RootDescription.ToString())
        {
            ExportCommand.Create(),
            InspectCommand.Create(),
            StoreCommand.Create(),
        };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (NoPasswordException)
        {
            Console.Error.WriteLine(CliText.NoPassword.ToString());
            return ExitCodes.Usage;
        }
    }
}

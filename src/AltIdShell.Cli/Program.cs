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
#if NET
        LibcBinding.Register();
#endif
#if NETFRAMEWORK
        // The Windows console would otherwise print æ, ø and å in the OEM code page.
        System.Console.OutputEncoding = new System.Text.UTF8Encoding(false);
#endif
        try
        {
            return Run(args, CliConsole.System);
        }
        catch (System.IO.IOException)
        {
            // Standard output closed early (`| head`): .NET Framework and Mono throw where .NET ignores it. The engine
            // turns every file's I/O error into its own, so nothing else gets here; there is nobody left to tell.
            return ExitCodes.FileSystem;
        }
    }

    /// <summary>The whole command line against <paramref name="console"/>; the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        if (PasswordArguments.AnyIn(args))
        {
            // Said before parsing, which would echo the password back as an unknown file name.
            console.Error.WriteLine(CliText.PasswordOnCommandLine.ToString());
            return ExitCodes.Usage;
        }
        var root = new RootCommand(CliText.RootDescription.ToString())
        {
            ExportCommand.Create(args, console),
            InspectCommand.Create(args, console),
            StoreCommand.Create(console),
        };
        HelpText.Localize(root, console);
        if (args.Length == 0)
        {
            // Nothing asked: what can be asked, then what is missing.
            HelpText.Write(root, console.Out);
            console.Error.WriteLine(CliText.CommandMissing.ToString());
            return ExitCodes.Usage;
        }
        if (ArgumentCheck.Problem(args, root) is { } problem)
        {
            // Before parsing, which would echo an unknown argument, and that may be a password.
            console.Error.WriteLine(problem.ToString());
            return ExitCodes.Usage;
        }
        try
        {
            // No response files: "@SECRET" would be echoed as a response file that is not found.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (ParseErrors.AnyIn(parse))
            {
                foreach (var error in parse.Errors)
                    console.Error.WriteLine(ParseErrors.Describe(error, parse).ToString());
                return ExitCodes.Usage;
            }
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error });
        }
        catch (NoPasswordException e)
        {
            console.Error.WriteLine(e.Text.ToString());
            return ExitCodes.Usage;
        }
    }
}

using System;
using System.IO;
using System.Runtime.InteropServices;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;

namespace AltIdShell.Cli;

/// <summary>
/// Everything altid-export takes from the machine besides its arguments and files: standard input, output and error,
/// the environment, the clock, the certificate store and the current folder. <see cref="System"/> in the product; the
/// tests run the whole command line in process with their own, so each case costs milliseconds, not a process start.
/// </summary>
internal sealed class CliConsole
{
    private readonly Func<string, string?> _variables;
    private readonly Func<Stream> _standardOutput;
    private readonly Lazy<TextReader> _input;

    /// <summary>
    /// <paramref name="input"/> is asked for only when something reads it: setting up Console.In costs a start-up the
    /// many runs that never prompt should not pay.
    /// </summary>
    public CliConsole(Func<TextReader> input, bool inputIsTerminal, TextWriter output, Func<Stream> standardOutput, TextWriter error,
        bool errorIsTerminal, Func<string, string?> variables, Func<DateTimeOffset> clock, LocalTime time, ICertificateStoreSource store,
        string currentFolder)
    {
        _input = new Lazy<TextReader>(input);
        InputIsTerminal = inputIsTerminal;
        Out = output;
        _standardOutput = standardOutput;
        Error = error;
        ErrorIsTerminal = errorIsTerminal;
        _variables = variables;
        Clock = clock;
        Time = time;
        Store = store;
        CurrentFolder = currentFolder;
    }

    public static CliConsole System => new(() => Console.In, !Console.IsInputRedirected, Console.Out, Console.OpenStandardOutput, Console.Error,
        !Console.IsErrorRedirected, Environment.GetEnvironmentVariable, () => DateTimeOffset.UtcNow, LocalTime.OfThisComputer, Stores,
        Directory.GetCurrentDirectory());

    public TextReader In => _input.Value;

    /// <summary>A person can type at standard input: only then is a password prompted for.</summary>
    public bool InputIsTerminal { get; }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>A person watches standard error: progress lines are for them, not for a script's log.</summary>
    public bool ErrorIsTerminal { get; }

    public Func<DateTimeOffset> Clock { get; }

    /// <summary>The zone times are shown in to a person; JSON stays in UTC.</summary>
    public LocalTime Time { get; }

    public ICertificateStoreSource Store { get; }

    public string CurrentFolder { get; }

    // LocalMachine\My exists only on Windows: elsewhere it would be reported unreadable on every call.
    private static X509StoreSource Stores => RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
        ? X509StoreSource.PersonalStores
        : new X509StoreSource(CertificateStoreLocation.CurrentUser);

    public string? Variable(string name) => _variables(name);

    /// <summary>Standard output as bytes, for JSON in UTF-8 whatever the console's code page; text written before is flushed first.</summary>
    public Stream OpenStandardOutput()
    {
        Out.Flush();
        return _standardOutput();
    }
}

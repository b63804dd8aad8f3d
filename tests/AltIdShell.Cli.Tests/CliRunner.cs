using System.Globalization;
using System.Text;
using AltIdShell.Core.Store;
using AltIdShell.Core.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// Runs altid-export's whole command line in this process, against a console of the test's own: its standard input
/// (never a terminal), output and error, environment, UI language, clock (<see cref="TestClock.Now"/>), Danish time zone and store.
/// </summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string All => Stdout + Stderr;
    }

    public static Result Run(IEnumerable<string> arguments, string? stdin = null, string language = "en_GB.UTF-8",
        IDictionary<string, string>? environment = null, ICertificateStoreSource? store = null, string? currentFolder = null)
    {
        using var stdout = new MemoryStream();
        using var output = new StreamWriter(stdout, new UTF8Encoding(false), 1024, leaveOpen: true) { AutoFlush = true };
        using var error = new StringWriter();
        var console = Console(new StringReader(stdin ?? string.Empty), output, () => stdout, error, environment ?? new Dictionary<string, string>(),
            store, currentFolder);
        // The UI language flows with this call only: tests running beside it keep theirs.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.Split('.')[0].Replace('_', '-'));
        try
        {
            var exitCode = Program.Run(arguments.ToArray(), console);
            output.Flush();
            return new Result(exitCode, Encoding.UTF8.GetString(stdout.ToArray()), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>A console of the test's own: never a terminal unless <paramref name="errorIsTerminal"/>.</summary>
    public static CliConsole Console(TextReader input, TextWriter output, Func<Stream> standardOutput, TextWriter error,
        IDictionary<string, string> variables, ICertificateStoreSource? store = null, string? currentFolder = null, bool errorIsTerminal = false) =>
        new(() => input, inputIsTerminal: false, output, standardOutput, error, errorIsTerminal,
            name => variables.TryGetValue(name, out var value) ? value : null, () => TestClock.Now,
            new LocalTime(TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")),
            store ?? new StoreContentsSource(new StoreContents(Array.Empty<StoreEntry>(), Array.Empty<CertificateStoreLocation>())),
            currentFolder ?? Environment.CurrentDirectory);

    /// <summary>A certificate store that holds what the test put in it.</summary>
    public sealed class StoreContentsSource(StoreContents contents) : ICertificateStoreSource
    {
        public StoreContents Read() => contents;
    }
}

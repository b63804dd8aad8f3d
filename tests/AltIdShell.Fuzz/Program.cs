using SharpFuzz;

namespace AltIdShell.Fuzz;

/// <summary>
/// AltIdShell.Fuzz                  the afl-fuzz target (reads one input per run from afl-fuzz)
/// AltIdShell.Fuzz seed DIR         writes the generated seed corpus into DIR
/// AltIdShell.Fuzz replay FILE...   runs inputs once each and prints any exception that is not an ExportException
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "seed")
        {
            SeedCorpus.Write(args[1]);
            return 0;
        }
        if (args.Length >= 2 && args[0] == "replay")
            return Replay(args.Skip(1));
        if (args.Length != 0)
        {
            Console.Error.WriteLine("usage: AltIdShell.Fuzz [seed DIR | replay FILE...]");
            return 1;
        }
        Fuzzer.Run(stream =>
        {
            using var input = new MemoryStream();
            stream.CopyTo(input);
            FuzzTarget.Run(input.ToArray());
        });
        return 0;
    }

    private static int Replay(IEnumerable<string> files)
    {
        var crashes = 0;
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                crashes++;
                Console.Out.WriteLine($"CRASH {file}: {e}");
            }
        }
        Console.Out.WriteLine($"{crashes} of {files.Count()} inputs crashed");
        return crashes == 0 ? 0 : 1;
    }
}

using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Fuzz;

/// <summary>
/// One input through everything the engine does with a file a user picks: read it as a .p12/.pfx (choose and
/// describe the leaf) and as a .cer. An outcome that stops the export, or the ExportException of the .cer check, is
/// the engine saying no, as it should; any other exception escapes and is what afl-fuzz records as a crash.
/// </summary>
internal static class FuzzTarget
{
    /// <summary>The password every generated seed is sealed with, so mutations get past the MAC.</summary>
    public const string Password = "fuzz";

    // Low limits keep each run in milliseconds; the limit checks themselves are still on the path.
    private static readonly Pkcs12Limits Limits = new() { MaxDerivationWork = 16_384 };

    private static readonly DateTimeOffset Now = TestClock.Now;

    public static void Run(byte[] input)
    {
        var exporter = new CertificateExporter(Limits, () => Now, new InputFileSystem(input));
        _ = exporter.Open("input.p12").TryRead(Password);
        Expect(() => exporter.InspectCer("input.cer"));
    }

    private static void Expect(Action read)
    {
        try
        {
            read();
        }
        catch (ExportException)
        {
        }
    }
}

namespace AltIdShell.TestSupport;

/// <summary>
/// The trait of tests that run Linux programs (bash and wixl building the MSIs, msiinfo, script, mkfifo, cat): the
/// Windows CI job leaves them out with --filter "Category!=LinuxTools", and runs everything else.
/// </summary>
public static class LinuxTools
{
    public const string Trait = "LinuxTools";
}

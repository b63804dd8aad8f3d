namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Whether a file starts the way every PFX does, SEQUENCE { INTEGER 3, …: enough to know it wants a password and to
/// tell it from a certificate or a .p7b, without reading the rest, so a truncated .p12 still counts as one.
/// </summary>
internal static class PfxShape
{
    public static bool Matches(byte[] file)
    {
        var at = SequenceStart.ContentOf(file, 0);
        return at >= 0 && at + 3 <= file.Length && file[at] == 0x02 && file[at + 1] == 0x01 && file[at + 2] == 0x03;
    }
}

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Whether a file starts the way every PFX does, SEQUENCE { INTEGER 3, …: enough to know it wants a password and to
/// tell it from a certificate or a .p7b, without reading the rest, so a truncated .p12 still counts as one.
/// </summary>
internal static class PfxShape
{
    public static bool Matches(byte[] file)
    {
        if (file.Length < 2 || file[0] != 0x30)
            return false;
        var at = 1;
        var lengthOctets = file[at] & 0x7F;
        // Short form (one octet) and indefinite (0x80) have no further length octets.
        at += (file[at] & 0x80) == 0 || lengthOctets == 0 ? 1 : 1 + lengthOctets;
        return at + 3 <= file.Length && file[at] == 0x02 && file[at + 1] == 0x01 && file[at + 2] == 0x03;
    }
}

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Where the content of a SEQUENCE begins, read from its tag and length octets alone (short, long or indefinite form),
/// so that a file cut short is still recognised by how it starts.
/// </summary>
internal static class SequenceStart
{
    /// <summary>The offset of the content of the SEQUENCE at <paramref name="at"/>, or -1 when none starts there.</summary>
    public static int ContentOf(byte[] file, int at)
    {
        if (at < 0 || at + 2 > file.Length || file[at] != 0x30)
            return -1;
        var lengthOctets = file[at + 1] & 0x7F;
        return at + ((file[at + 1] & 0x80) == 0 || lengthOctets == 0 ? 2 : 2 + lengthOctets);
    }
}

using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Whether a file starts the way a version-3 X.509 certificate does, SEQUENCE { SEQUENCE { [0] { INTEGER 2 …, without
/// reading the rest: a certificate cut short is then "damaged or truncated", not "contains no certificate".
/// </summary>
internal static class CertificateShape
{
    private static readonly byte[] Version3 = { 0xA0, 0x03, 0x02, 0x01, 0x02 };

    public static bool Matches(byte[] file)
    {
        var at = SequenceStart.ContentOf(file, SequenceStart.ContentOf(file, 0));
        if (at < 0 || at + Version3.Length > file.Length)
            return false;
        for (var i = 0; i < Version3.Length; i++)
        {
            if (file[at + i] != Version3[i])
                return false;
        }
        return true;
    }
}

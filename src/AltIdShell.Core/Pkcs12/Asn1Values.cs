using System.Formats.Asn1;
using System.Numerics;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Pkcs12;

/// <summary>Integer fields whose size a hostile file controls, read with their limits applied at once.</summary>
internal static class Asn1Values
{
    /// <summary>Reads an iteration count, refusing it before any work when it is above <paramref name="limit"/>.</summary>
    public static int ReadIterations(AsnReader reader, LocalizedText what, int limit)
    {
        var value = reader.ReadInteger();
        if (value < BigInteger.One)
            throw ExportErrors.Corrupt(what);
        // A hostile INTEGER can run to a megabyte: printed in full it would take seconds and fill the dialog.
        if (value > limit)
            throw ExportErrors.LimitExceeded(what, value <= long.MaxValue ? (object)(long)value : "> " + long.MaxValue, limit);
        return (int)value;
    }

    public static int ReadSmallInt(AsnReader reader, LocalizedText what)
    {
        if (!reader.TryReadInt32(out var value) || value < 0 || value > 1024)
            throw ExportErrors.Corrupt(what);
        return value;
    }
}

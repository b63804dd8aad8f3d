using System;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Names the ASN.1 structure a parse error happened in. Each reader wraps its own walk, so the innermost structure
/// names the damage; an error already turned into an <see cref="ExportException"/> passes through the outer ones.
/// </summary>
internal static class Asn1Structure
{
    public static void Read(LocalizedText structure, Action read) => Read<object?>(structure, () =>
    {
        read();
        return null;
    });

    public static T Read<T>(LocalizedText structure, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (AsnContentException e)
        {
            throw ExportErrors.Corrupt(structure, e);
        }
    }
}

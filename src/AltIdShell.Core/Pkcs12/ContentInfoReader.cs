using System;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>ContentInfo (RFC 5652 section 3): a content type and the content it names, nothing after either.</summary>
internal static class ContentInfoReader
{
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    /// <summary>
    /// Reads one ContentInfo from <paramref name="parent"/> and hands its type and the inside of its [0] to
    /// <paramref name="readContent"/>, which must read that content to its end.
    /// </summary>
    public static T Read<T>(AsnReader parent, Func<string, AsnReader, T> readContent) =>
        Asn1Structure.Read(ErrorDetail.ContentInfo, () =>
        {
            var contentInfo = parent.ReadSequence();
            var contentType = contentInfo.ReadObjectIdentifier();
            var content = contentInfo.ReadSequence(Explicit0);
            contentInfo.ThrowIfNotEmpty();
            var result = readContent(contentType, content);
            content.ThrowIfNotEmpty();
            return result;
        });

    /// <summary>The OCTET STRING of a content of type data.</summary>
    public static byte[] ReadData(AsnReader content) => content.ReadOctetString();
}

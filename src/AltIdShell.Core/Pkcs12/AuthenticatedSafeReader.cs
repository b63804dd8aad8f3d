using System.Collections.Generic;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// The AuthenticatedSafe (RFC 7292 section 4.1): a SEQUENCE of ContentInfo, each plain data or encryptedData,
/// read into parts whose costs are known before any of them is decrypted.
/// </summary>
internal static class AuthenticatedSafeReader
{
    public static List<ContentPart> Read(byte[] authenticatedSafe, Pkcs12Limits limits) =>
        Asn1Structure.Read(ErrorDetail.AuthenticatedSafe, () =>
        {
            var outer = new AsnReader(authenticatedSafe, AsnEncodingRules.BER);
            var contentInfos = outer.ReadSequence();
            outer.ThrowIfNotEmpty();
            var parts = new List<ContentPart>();
            while (contentInfos.HasData)
            {
                if (parts.Count >= limits.MaxBags)
                    throw ExportErrors.LimitExceeded(ErrorDetail.ContentParts, parts.Count + 1, limits.MaxBags);
                parts.Add(ContentInfoReader.Read(contentInfos, (type, content) => type switch
                {
                    Oids.Data => new ContentPart(null, ContentInfoReader.ReadData(content)),
                    Oids.EncryptedData => EncryptedDataReader.Read(content, limits),
                    _ => throw ExportErrors.UnsupportedAlgorithm(Digests.Describe(type)),
                }));
            }
            return parts;
        });
}

using System.Formats.Asn1;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// EncryptedData (RFC 5652 section 8) as PKCS#12 uses it: version 0, data encrypted under a password-based scheme,
/// no unprotected attributes. Reads the scheme with its costs checked; decrypts nothing.
/// </summary>
internal static class EncryptedDataReader
{
    private static readonly Asn1Tag Implicit0 = new(TagClass.ContextSpecific, 0);

    public static ContentPart Read(AsnReader content, Pkcs12Limits limits) =>
        Asn1Structure.Read(ErrorDetail.EncryptedData, () =>
        {
            var encryptedData = content.ReadSequence();
            // Version 2 would announce unprotected attributes, which PKCS#12 never writes.
            if (!encryptedData.TryReadInt32(out var version) || version != 0)
                throw ExportErrors.Corrupt(ErrorDetail.EncryptedData);
            var info = encryptedData.ReadSequence();
            if (info.ReadObjectIdentifier() != Oids.Data)
                throw ExportErrors.Corrupt(ErrorDetail.EncryptedData);
            var scheme = PbeSchemeReader.Read(info, limits);
            // An absent encryptedContent is legal and means "nothing here".
            var ciphertext = info.HasData ? info.ReadOctetString(Implicit0) : new byte[0];
            info.ThrowIfNotEmpty();
            encryptedData.ThrowIfNotEmpty();
            return new ContentPart(scheme, ciphertext);
        });
}

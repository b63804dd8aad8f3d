using System.Formats.Asn1;

namespace AltIdShell.TestSupport;

/// <summary>
/// Re-encodes DER as BER with indefinite lengths on every constructed element (30 80 … 00 00), the form a
/// quarter of real OCES files have. Primitive contents stay byte for byte, OCTET STRINGs included: the ASN.1
/// inside them (the AuthenticatedSafe the MAC covers, encrypted or not) keeps its DER.
/// </summary>
public static class BerEncoding
{
    public static byte[] ToIndefiniteLengths(byte[] der)
    {
        var output = new MemoryStream();
        Write(der, output);
        return output.ToArray();
    }

    private static void Write(ReadOnlySpan<byte> der, MemoryStream output)
    {
        while (!der.IsEmpty)
        {
            var tag = Asn1Tag.Decode(der, out var tagLength);
            AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.DER, out var contentOffset, out var contentLength, out var consumed);
            if (tag.IsConstructed)
            {
                output.Write(der[..tagLength]);
                output.WriteByte(0x80);
                Write(der.Slice(contentOffset, contentLength), output);
                output.WriteByte(0);
                output.WriteByte(0);
            }
            else
            {
                output.Write(der[..consumed]);
            }
            der = der[consumed..];
        }
    }
}

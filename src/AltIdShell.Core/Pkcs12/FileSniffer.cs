using System;
using System.Formats.Asn1;
using System.Text;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>Tells the user what a file is when it is not a PKCS#12 file (<see cref="FileReasonText"/>).</summary>
internal static class FileSniffer
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static void ThrowIfNotPkcs12(ReadOnlyMemory<byte> memory)
    {
        var file = memory.Span;
        if (file.IsEmpty)
            throw ExportErrors.NotPkcs12(FileReasonText.Empty);
        if (StartsWith(file, "PK\u0003\u0004"))
            throw ExportErrors.NotPkcs12(FileReasonText.ZipArchive);
        if (LooksLikeText(file))
        {
            var text = Encoding.ASCII.GetString(file.ToArray());
            // Before the certificate test: `openssl pkcs12 -nodes` writes the key and the certificates into one file,
            // and such a file is never "the public key".
            if (text.Contains("PRIVATE KEY-----"))
                throw ExportErrors.NotPkcs12(FileReasonText.PrivateKeyPem);
            if (text.Contains("-----BEGIN CERTIFICATE-----"))
                throw ExportErrors.NotPkcs12(FileReasonText.PemCertificate);
            throw ExportErrors.NotPkcs12(FileReasonText.TextFile);
        }
        if (file[0] != 0x30)
            throw ExportErrors.NotPkcs12(FileReasonText.NotAPkcs12Structure);
        if (IsX509Certificate(memory))
            throw ExportErrors.NotPkcs12(FileReasonText.DerCertificate);
        if (IsPrivateKey(memory))
            throw ExportErrors.NotPkcs12(FileReasonText.PrivateKeyDer);
    }

    private static bool StartsWith(ReadOnlySpan<byte> file, string prefix)
    {
        if (file.Length < prefix.Length)
            return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (file[i] != prefix[i])
                return false;
        }
        return true;
    }

    // Text is UTF-8 without control characters. The UTF-8 check keeps a .p12 cut after its first bytes
    // (30 80, 30 82 0A 1B) from passing for text: a lone 0x80-0xBF byte is never UTF-8.
    private static bool LooksLikeText(ReadOnlySpan<byte> file)
    {
        var sample = file.Slice(0, Math.Min(file.Length, 512));
        foreach (var b in sample)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) || b == 0x7F)
                return false;
        }
        try
        {
            // A character cut by the end of the sample is not an error; one cut by the end of the file is.
            StrictUtf8.GetDecoder().GetCharCount(sample.ToArray(), 0, sample.Length, flush: sample.Length == file.Length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the file is a private key on its own in DER, as OpenSSL's and Windows' -outform DER write one: PKCS#8
    /// (SEQUENCE { INTEGER 0 or 1, SEQUENCE algorithm, OCTET STRING }), encrypted PKCS#8 (SEQUENCE { SEQUENCE algorithm,
    /// OCTET STRING }), PKCS#1 RSA (SEQUENCE { INTEGER 0, INTEGER n, INTEGER e, … }) or SEC 1 EC (SEQUENCE { INTEGER 1,
    /// OCTET STRING, … }).
    /// </summary>
    internal static bool IsPrivateKey(ReadOnlyMemory<byte> file)
    {
        try
        {
            var reader = new AsnReader(file, AsnEncodingRules.BER);
            var key = reader.ReadSequence();
            if (reader.HasData)
                return false;
            if (key.PeekTag() == Asn1Tag.Sequence)
            {
                key.ReadSequence().ReadObjectIdentifier();
                key.ReadOctetString();
                return !key.HasData;
            }
            var version = key.ReadInteger();
            var next = key.PeekTag();
            return (version.IsZero || version.IsOne) && next == Asn1Tag.Sequence
                || version.IsZero && next == Asn1Tag.Integer
                || version.IsOne && next == Asn1Tag.PrimitiveOctetString;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    // A certificate is SEQUENCE { SEQUENCE (tbs) …; a PFX is SEQUENCE { INTEGER 3 …
    internal static bool IsX509Certificate(ReadOnlyMemory<byte> file)
    {
        try
        {
            var outer = new AsnReader(file, AsnEncodingRules.BER).ReadSequence();
            var tbs = outer.ReadSequence();
            outer.ReadSequence();
            return tbs.HasData && outer.PeekTag() == Asn1Tag.PrimitiveBitString;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Formats.Asn1;
using System.Linq;
using System.Text;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;
using AltIdShell.Core.Pkcs12;
using AltIdShell.Core.Text;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// Recognises a certificate file by its content, never its name: a DER or BER certificate, a PKCS#7 bundle (.p7b),
/// PEM blocks of either, or bare Base64 without the PEM armour (as pasted into configuration files). Null for
/// anything else (a .p12, a key alone, a ZIP), which the caller names.
/// </summary>
internal static class CertificateContainerReader
{
    private const string BeginMarker = "-----BEGIN ";
    private const string Dashes = "-----";
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static CertificateContainer? Read(byte[] file, Pkcs12Limits limits)
    {
        if (file.Length == 0 || PfxShape.Matches(file))
            return null;
        if (file[0] == 0x30)
            return ReadBinary(file, CerFormat.Der, limits);
        var text = AsText(file);
        if (text is null)
        {
            // PEM blocks with binary bytes beside them (a certificate, then a raw DER key): the blocks are read, and
            // the bytes byte for byte (Latin-1) count as other data, never as nothing.
            var bytes = new string(Array.ConvertAll(file, b => (char)b));
            return bytes.Contains(BeginMarker + "CERTIFICATE" + Dashes) || bytes.Contains(BeginMarker + "PKCS7" + Dashes)
                ? ReadPem(bytes, limits)
                : null;
        }
        return text.Contains(BeginMarker) ? ReadPem(text, limits) : ReadBareBase64(text, limits);
    }

    /// <summary>
    /// For a file that holds no certificate: that it is a private key, when a PEM key block's armour appears anywhere in
    /// it or the whole file is a key in DER; otherwise null.
    /// </summary>
    public static LocalizedText? PrivateKeyReason(byte[] file) =>
        Encoding.ASCII.GetString(file).Contains("PRIVATE KEY" + Dashes) ? FileReasonText.PrivateKeyPem
        : FileSniffer.IsPrivateKey(file) ? FileReasonText.PrivateKeyDer
        : null;

    private static CertificateContainer? ReadBinary(byte[] file, CerFormat encoding, Pkcs12Limits limits)
    {
        ReadOnlyMemory<byte> encoded;
        bool trailing;
        try
        {
            var reader = new AsnReader(file, AsnEncodingRules.BER);
            encoded = reader.ReadEncodedValue();
            trailing = reader.HasData;
        }
        catch (AsnContentException e)
        {
            return CertificateShape.Matches(file) ? throw ExportErrors.Corrupt(ErrorDetail.Certificate, e) : null;
        }
        if (FileSniffer.IsX509Certificate(encoded))
            return new CertificateContainer(CertificateContainerKind.Certificate, encoding, new[] { encoded.ToArray() }, false, trailing);
        if (Pkcs7CertificateReader.IsSignedData(encoded))
            return new CertificateContainer(CertificateContainerKind.Pkcs7Bundle, encoding, Pkcs7CertificateReader.Read(encoded, limits), false, trailing);
        return null;
    }

    /// <summary>
    /// Walks the blocks one after the other; a block without its END line ends the walk, so no input makes this
    /// search the text more than once.
    /// </summary>
    private static CertificateContainer? ReadPem(string text, Pkcs12Limits limits)
    {
        var certificates = new List<byte[]>();
        bool bundle = false, privateKey = false, otherData = false;
        var at = 0;
        while (true)
        {
            var begin = text.IndexOf(BeginMarker, at, StringComparison.Ordinal);
            otherData |= !IsExplanatory(text, at, begin < 0 ? text.Length : begin);
            if (begin < 0)
                break;
            var labelStart = begin + BeginMarker.Length;
            var labelEnd = text.IndexOf(Dashes, labelStart, StringComparison.Ordinal);
            var label = labelEnd < 0 ? string.Empty : text.Substring(labelStart, labelEnd - labelStart);
            var endLine = "-----END " + label + Dashes;
            var end = labelEnd < 0 ? -1 : text.IndexOf(endLine, labelEnd + Dashes.Length, StringComparison.Ordinal);
            privateKey |= label.EndsWith("PRIVATE KEY", StringComparison.Ordinal);
            if (end < 0)
            {
                if (IsCertificateLabel(label) || IsPkcs7Label(label))
                    throw ExportErrors.Corrupt(ErrorDetail.PemBlockWithoutEnd);
                otherData |= !privateKey;
                break;
            }
            var body = text.Substring(labelEnd + Dashes.Length, end - labelEnd - Dashes.Length);
            if (IsCertificateLabel(label))
                certificates.Add(DecodeBase64(body));
            else if (IsPkcs7Label(label))
            {
                bundle = true;
                certificates.AddRange(Pkcs7CertificateReader.Read(DecodeBase64(body), limits));
            }
            else if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal))
                otherData = true;
            if (certificates.Count > limits.MaxCertificates)
                throw ExportErrors.LimitExceeded(ErrorDetail.Certificates, certificates.Count, limits.MaxCertificates);
            at = end + endLine.Length;
        }
        // A key, a certificate request or a public key alone is no certificate file.
        if (certificates.Count == 0 && !bundle)
            return null;
        var kind = bundle ? CertificateContainerKind.Pkcs7Bundle : CertificateContainerKind.Certificate;
        return new CertificateContainer(kind, CerFormat.Pem, certificates, privateKey, otherData);
    }

    /// <summary>Base64 and line breaks only: how certificates are found pasted into configuration files and repositories.</summary>
    private static CertificateContainer? ReadBareBase64(string text, Pkcs12Limits limits)
    {
        if (!text.All(c => IsBase64Character(c) || char.IsWhiteSpace(c)))
            return null;
        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
        if (decoded.Length == 0 || decoded[0] != 0x30)
            return null;
        return ReadBinary(decoded, CerFormat.Pem, limits);
    }

    private static byte[] DecodeBase64(string body)
    {
        try
        {
            return Convert.FromBase64String(body);
        }
        catch (FormatException e)
        {
            throw ExportErrors.Corrupt(ErrorDetail.PemBase64, e);
        }
    }

    private static bool IsCertificateLabel(string label) => label is "CERTIFICATE" or "X509 CERTIFICATE";

    private static bool IsPkcs7Label(string label) => label is "PKCS7" or "PKCS #7 SIGNED DATA" or "CMS";

    private static bool IsBase64Character(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';

    /// <summary>
    /// Nothing but white space and the lines OpenSSL writes around the blocks it exports ("Bag Attributes", their
    /// indented attributes, "subject=", "issuer="): what a person sees there tells nothing new, and hides nothing.
    /// </summary>
    private static bool IsExplanatory(string text, int from, int to)
    {
        foreach (var line in text.Substring(from, to - from).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
                continue;
            if (trimmed.Any(c => c < ' ' || c > '~'))
                return false;
            var openSsl = trimmed.StartsWith("Bag Attributes", StringComparison.Ordinal)
                || trimmed.StartsWith("Key Attributes", StringComparison.Ordinal)
                || trimmed.StartsWith("subject=", StringComparison.Ordinal)
                || trimmed.StartsWith("issuer=", StringComparison.Ordinal)
                || trimmed == "<No Attributes>"
                || (char.IsWhiteSpace(line[0]) && trimmed.Contains(':'));
            if (!openSsl)
                return false;
        }
        return true;
    }

    /// <summary>The file as text, or null when it is binary: control characters other than line breaks and tabs, or not UTF-8.</summary>
    private static string? AsText(byte[] file)
    {
        foreach (var b in file)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20) || b == 0x7F)
                return null;
        }
        try
        {
            return StrictUtf8.GetString(file).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

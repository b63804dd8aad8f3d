using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Export;

namespace AltIdShell.Core.Certificates;

/// <summary>Reads a .cer (DER or PEM) and says what it holds, including whether any private key slipped in.</summary>
public static class CerInspector
{
    private static readonly Regex PemCertificate = new(
        "-----BEGIN CERTIFICATE-----(?<body>[A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----", RegexOptions.CultureInvariant);

    public static CerInspection Inspect(byte[] file, DateTimeOffset now)
    {
        if (file.Length > 0 && file[0] == 0x30)
        {
            if (LooksLikePkcs12(file))
                throw ExportErrors.NotACertificate(new Text.LocalizedText(
                    "det er en .p12/.pfx-fil med privat nøgle. Upload den aldrig; eksportér den offentlige nøgle i stedet.",
                    "it is a .p12/.pfx file with a private key. Never upload it; export the public key instead."));
            return new CerInspection(CertificateDescriber.Describe(file, now), CerFormat.Der, 1, containsPrivateKey: false);
        }

        // Byte for byte (Latin-1), so bytes above 0x7F stay visible as such to the check for other data.
        var text = new string(Array.ConvertAll(file, b => (char)b));
        var certificates = new List<byte[]>();
        foreach (Match match in PemCertificate.Matches(text))
        {
            try
            {
                certificates.Add(Convert.FromBase64String(match.Groups["body"].Value));
            }
            catch (FormatException e)
            {
                throw ExportErrors.Corrupt(ErrorDetail.PemBase64, e);
            }
        }
        var containsKey = text.IndexOf("PRIVATE KEY-----", StringComparison.Ordinal) >= 0;
        if (certificates.Count == 0)
            throw ExportErrors.NotACertificate(containsKey
                ? new Text.LocalizedText("den indeholder intet certifikat. " + CertificateText.HoldsPrivateKey.Danish,
                    "it contains no certificate. " + CertificateText.HoldsPrivateKey.English)
                : new Text.LocalizedText("den indeholder intet certifikat.", "it contains no certificate."));
        return new CerInspection(CertificateDescriber.Describe(certificates[0], now), CerFormat.Pem, certificates.Count, containsKey,
            HoldsOtherData(PemCertificate.Replace(text, string.Empty)));
    }

    /// <summary>
    /// What is left outside the certificate blocks is more than explanatory text (OpenSSL's "Bag Attributes" and
    /// "subject=" lines): bytes that are not printable text, or a PEM block of another kind.
    /// </summary>
    private static bool HoldsOtherData(string outside)
    {
        foreach (var c in outside)
        {
            if (c is not ('\t' or '\n' or '\r') && (c < ' ' || c > '~'))
                return true;
        }
        return outside.IndexOf("-----BEGIN ", StringComparison.Ordinal) >= 0;
    }

    private static bool LooksLikePkcs12(byte[] file)
    {
        try
        {
            var outer = new System.Formats.Asn1.AsnReader(file, System.Formats.Asn1.AsnEncodingRules.BER).ReadSequence();
            return outer.TryReadInt32(out var version) && version == 3;
        }
        catch (System.Formats.Asn1.AsnContentException)
        {
            return false;
        }
    }
}

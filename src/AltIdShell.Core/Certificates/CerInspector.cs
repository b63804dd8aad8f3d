using System;
using System.Collections.Generic;
using System.Text;
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

        var text = Encoding.ASCII.GetString(file);
        var certificates = new List<byte[]>();
        foreach (Match match in PemCertificate.Matches(text))
        {
            try
            {
                certificates.Add(Convert.FromBase64String(match.Groups["body"].Value));
            }
            catch (FormatException e)
            {
                throw ExportErrors.Corrupt("PEM Base64", e);
            }
        }
        if (certificates.Count == 0)
            throw ExportErrors.NotACertificate(new Text.LocalizedText("den indeholder intet certifikat.", "it contains no certificate."));
        var containsKey = text.IndexOf("PRIVATE KEY-----", StringComparison.Ordinal) >= 0;
        return new CerInspection(CertificateDescriber.Describe(certificates[0], now), CerFormat.Pem, certificates.Count, containsKey);
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

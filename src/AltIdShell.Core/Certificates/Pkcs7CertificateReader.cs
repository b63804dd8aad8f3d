using System;
using System.Collections.Generic;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// The certificates of a PKCS#7 / CMS SignedData (RFC 5652 section 5.1), the structure of a .p7b bundle: its
/// certificates field only; a bundle's signatures, if any, say nothing about the certificates and are not read.
/// </summary>
internal static class Pkcs7CertificateReader
{
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    /// <summary>Whether <paramref name="contentInfo"/> is a ContentInfo of type signedData, judged by its first fields.</summary>
    public static bool IsSignedData(ReadOnlyMemory<byte> contentInfo)
    {
        try
        {
            return new AsnReader(contentInfo, AsnEncodingRules.BER).ReadSequence().ReadObjectIdentifier() == Oids.SignedData;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    /// <summary>The X.509 certificates, as encoded; attribute and other certificate choices are skipped.</summary>
    public static IReadOnlyList<byte[]> Read(ReadOnlyMemory<byte> contentInfo, Pkcs12Limits limits)
    {
        try
        {
            var info = new AsnReader(contentInfo, AsnEncodingRules.BER).ReadSequence();
            info.ReadObjectIdentifier();
            var signedData = info.ReadSequence(Explicit0).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            signedData.ReadSequence();
            var certificates = new List<byte[]>();
            if (!signedData.HasData || signedData.PeekTag() != Explicit0)
                return certificates;
            var choices = signedData.ReadSetOf(Explicit0);
            while (choices.HasData)
            {
                var choice = choices.ReadEncodedValue();
                if (new AsnReader(choice, AsnEncodingRules.BER).PeekTag() != Asn1Tag.Sequence)
                    continue;
                if (certificates.Count >= limits.MaxCertificates)
                    throw ExportErrors.LimitExceeded(ErrorDetail.Certificates, certificates.Count + 1, limits.MaxCertificates);
                certificates.Add(choice.ToArray());
            }
            return certificates;
        }
        catch (AsnContentException e)
        {
            throw ExportErrors.Corrupt("PKCS#7 certificate bundle", e);
        }
    }
}

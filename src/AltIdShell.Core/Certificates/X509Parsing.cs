using System;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Certificates;

/// <summary>Parses one DER X.509 certificate, turning every parser failure into a precise export error.</summary>
internal static class X509Parsing
{
    public static ParsedCertificate Parse(byte[] der)
    {
        try
        {
            return ParsedCertificate.Decode(der);
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or System.IO.IOException or InvalidOperationException)
        {
            throw ExportErrors.Corrupt(ErrorDetail.CertificateBagWithoutCertificate, e);
        }
    }
}

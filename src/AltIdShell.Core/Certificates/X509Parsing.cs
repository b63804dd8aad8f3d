using System;
using AltIdShell.Core.Errors;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Security.Certificates;
using X509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace AltIdShell.Core.Certificates;

/// <summary>Parses one DER X.509 certificate, turning every parser failure into a precise export error.</summary>
internal static class X509Parsing
{
    public static X509Certificate Parse(byte[] der)
    {
        try
        {
            var asn1 = Asn1Object.FromByteArray(der);
            return new X509Certificate(X509CertificateStructure.GetInstance(asn1));
        }
        // BouncyCastle decodes basicConstraints and keyUsage while constructing, and reports them broken with its own exception.
        catch (Exception e) when (e is ArgumentException or InvalidCastException or System.IO.IOException or InvalidOperationException or CertificateException)
        {
            throw ExportErrors.Corrupt(ErrorDetail.CertificateBagWithoutCertificate, e);
        }
    }
}

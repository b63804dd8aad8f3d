using System;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Certificates;

/// <summary>Parses one DER X.509 certificate, turning every parser failure into a precise export error.</summary>
internal static class X509Parsing
{
    public static ParsedCertificate Parse(byte[] der) => Mapped(() => ParsedCertificate.Decode(der));

    /// <summary>The certificate in DER, re-encoded where it was spelled in BER.</summary>
    public static byte[] DerEncoding(ParsedCertificate certificate) => Mapped(() => certificate.DerEncoding);

    /// <summary>Whether the certificate's bytes are DER.</summary>
    public static bool IsDer(ParsedCertificate certificate) => Mapped(() => certificate.IsDer);

    // Re-encoding runs BouncyCastle's encoder over whatever the file held: it fails as the parser does.
    private static T Mapped<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or System.IO.IOException or InvalidOperationException)
        {
            throw ExportErrors.Corrupt(ErrorDetail.CertificateBagWithoutCertificate, e);
        }
    }
}

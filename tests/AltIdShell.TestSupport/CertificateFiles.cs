using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AltIdShell.TestSupport;

/// <summary>Certificate files as users have them beside their .p12: PEM, bare Base64, and .p7b bundles written by OpenSSL.</summary>
public static class CertificateFiles
{
    public static byte[] Pem(params X509Certificate2[] certificates) =>
        Encoding.ASCII.GetBytes(string.Concat(certificates.Select(c => c.ExportCertificatePem() + "\n")));

    /// <summary>The DER's Base64 without PEM armour, in lines of <paramref name="lineLength"/> (0: one line).</summary>
    public static byte[] BareBase64(byte[] der, int lineLength = 64)
    {
        var base64 = Convert.ToBase64String(der);
        if (lineLength == 0)
            return Encoding.ASCII.GetBytes(base64);
        var lines = Enumerable.Range(0, (base64.Length + lineLength - 1) / lineLength)
            .Select(i => base64.Substring(i * lineLength, Math.Min(lineLength, base64.Length - i * lineLength)));
        return Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    /// <summary>A .p7b from `openssl crl2pkcs7 -nocrl -certfile`, DER or PEM (-----BEGIN PKCS7-----), in the given order.</summary>
    public static byte[] OpenSslP7b(bool pem, params X509Certificate2[] certificates)
    {
        var directory = Directory.CreateTempSubdirectory("altid-p7b-");
        try
        {
            var certfile = Path.Combine(directory.FullName, "certs.pem");
            File.WriteAllBytes(certfile, Pem(certificates));
            return OpenSsl.Run(new[] { "crl2pkcs7", "-nocrl", "-certfile", certfile, "-outform", pem ? "PEM" : "DER" });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

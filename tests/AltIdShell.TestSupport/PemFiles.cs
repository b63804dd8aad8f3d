using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AltIdShell.TestSupport;

/// <summary>PEM files as people end up with them next to their .p12.</summary>
public static class PemFiles
{
    /// <summary>What `openssl pkcs12 -nodes` writes: bag attributes, the unencrypted key, then the certificates.</summary>
    public static byte[] KeyFirst(CertificateFactory.Chain chain)
    {
        using var key = chain.Leaf.GetECDsaPrivateKey()!;
        return Encoding.ASCII.GetBytes("Bag Attributes\n    localKeyID: 01 00 00 00\n" + key.ExportPkcs8PrivateKeyPem() + "\n"
            + "subject=CN=Testfirma\nissuer=CN=Udsteder\n" + chain.Leaf.ExportCertificatePem() + "\n");
    }

    public static byte[] KeyOnly(CertificateFactory.Chain chain)
    {
        using var key = chain.Leaf.GetECDsaPrivateKey()!;
        return Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem() + "\n");
    }

    /// <summary>A PEM certificate with the raw DER key appended, as a careless concatenation leaves it.</summary>
    public static byte[] CertificateThenDerKey(CertificateFactory.Chain chain)
    {
        using var key = chain.Leaf.GetECDsaPrivateKey()!;
        return Encoding.ASCII.GetBytes(chain.Leaf.ExportCertificatePem() + "\n").Concat(key.ExportPkcs8PrivateKey()).ToArray();
    }
}

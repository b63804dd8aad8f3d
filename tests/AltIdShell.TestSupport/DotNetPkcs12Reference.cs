using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace AltIdShell.TestSupport;

/// <summary>The same job done with .NET's own Pkcs12Info: the yardstick for accept/reject and for the leaf chosen.</summary>
public static class DotNetPkcs12Reference
{
    /// <summary>The leaf's DER, or null where .NET refuses the file or the password.</summary>
    public static byte[]? ExportLeaf(byte[] pfx, string? password)
    {
        try
        {
            var info = Pkcs12Info.Decode(pfx, out _, skipCopy: true);
            if (info.IntegrityMode == Pkcs12IntegrityMode.Password && !info.VerifyMac(password))
                return null;
            var certificates = new List<(byte[] Der, byte[]? KeyId)>();
            var keyIds = new List<byte[]>();
            foreach (var contents in info.AuthenticatedSafe)
            {
                if (contents.ConfidentialityMode == Pkcs12ConfidentialityMode.Password)
                    contents.Decrypt(password);
                foreach (var bag in contents.GetBags())
                {
                    var keyId = bag.Attributes.OfType<Pkcs9LocalKeyId>().FirstOrDefault()?.KeyId.ToArray();
                    if (bag is Pkcs12CertBag { IsX509Certificate: true } certBag)
                        certificates.Add((certBag.GetCertificate().RawData, keyId));
                    else if (bag is Pkcs12ShroudedKeyBag or Pkcs12KeyBag && keyId != null)
                        keyIds.Add(keyId);
                }
            }
            var keyed = certificates.Where(c => c.KeyId != null && keyIds.Any(k => k.SequenceEqual(c.KeyId))).ToList();
            if (keyed.Count == 1)
                return keyed[0].Der;
            var leaves = certificates.Where(c => !IsCa(c.Der)).ToList();
            return leaves.Count == 1 ? leaves[0].Der : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static bool IsCa(byte[] der)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        return certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);
    }
}

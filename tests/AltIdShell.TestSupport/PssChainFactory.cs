using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AltIdShell.TestSupport;

/// <summary>
/// OCES3-shaped chains signed like the real ones: RSASSA-PSS, SHA-512 for the CAs, SHA-256 for the leaf. Made by the
/// test, so they stand for either a genuine chain (when the test trusts its CAs) or a forgery carrying the real names.
/// </summary>
public static class PssChainFactory
{
    /// <param name="now">The instant the chain is valid around (TestClock.Now in a test).</param>
    /// <param name="issuerOu">Null for production names, "Test - cti" for the test environment's.</param>
    /// <param name="ocspUri">The OCSP responder the leaf names in its Authority Information Access, if any.</param>
    /// <param name="notBefore">The leaf's start, when a test needs a particular one.</param>
    /// <param name="notAfter">The leaf's expiry, when a test needs a particular one.</param>
    /// <param name="keys">Whose keys: <see cref="PssKeys.Second"/> for a CA that is not the one a test trusts.</param>
    public static CertificateFactory.Chain Oces3System(DateTimeOffset now, string? issuerOu = "Test - cti", Uri? ocspUri = null,
        DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, PssKeys? keys = null)
    {
        keys ??= PssKeys.First;
        using var rootKey = keys.Root();
        var rootRequest = CaRequest(CertificateFactory.Name("Den Danske Stat OCES rod-CA", issuerOu), rootKey);
        var root = rootRequest.CreateSelfSigned(now.AddYears(-3), now.AddYears(20));

        using var issuerKey = keys.Issuer();
        var issuerRequest = CaRequest(CertificateFactory.Name(CertificateFactory.TestIssuingCa, issuerOu), issuerKey);
        using var issuerPublic = issuerRequest.Create(root, now.AddYears(-2), now.AddYears(10), Serial());
        var issuer = issuerPublic.CopyWithPrivateKey(issuerKey);

        using var leafKey = keys.Leaf();
        var leafRequest = new CertificateRequest(CertificateFactory.Oces3Subject(), leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        if (ocspUri != null)
            leafRequest.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(new[] { ocspUri.ToString() }, null));
        using var leafPublic = leafRequest.Create(issuer, notBefore ?? now.AddDays(-1), notAfter ?? now.AddYears(3), Serial());
        return new CertificateFactory.Chain(root, issuer, leafPublic.CopyWithPrivateKey(leafKey));
    }

    private static CertificateRequest CaRequest(X500DistinguishedName name, RSA key)
    {
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA512, RSASignaturePadding.Pss);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request;
    }

    private static byte[] Serial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        return serial;
    }
}

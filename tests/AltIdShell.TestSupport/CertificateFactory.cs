using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AltIdShell.TestSupport;

/// <summary>OCES-shaped certificate chains made on the spot (ECDSA keys, so a test suite makes hundreds quickly).</summary>
public static class CertificateFactory
{
    public const string TestIssuingCa = "Den Danske Stat OCES udstedende-CA 1";

    /// <summary>A root, an issuing CA and a leaf, each with its private key.</summary>
    public sealed record Chain(X509Certificate2 Root, X509Certificate2 Issuer, X509Certificate2 Leaf);

    /// <summary>The chain of an OCES3-shaped system certificate, valid from a day before <paramref name="now"/> for three years unless given dates.</summary>
    public static Chain Oces3System(DateTimeOffset now, string organisation = "Testfirma ApS", string cvr = "12345678",
        string name = "Testfirma systemcertifikat", string? issuerOu = "Test - cti",
        DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, string subjectSerial = "UI:DK-O:G:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
    {
        var root = CreateCa(Name("Den Danske Stat OCES rod-CA", issuerOu), null, now);
        var issuer = CreateCa(Name(TestIssuingCa, issuerOu), root, now);
        var leaf = CreateLeaf(Oces3Subject(organisation, cvr, name, subjectSerial), issuer, notBefore ?? now.AddDays(-1), notAfter ?? now.AddYears(3));
        return new Chain(root, issuer, leaf);
    }

    /// <summary>The OCES3 organisation/system subject profile (reference/oces3.md).</summary>
    public static X500DistinguishedName Oces3Subject(string organisation = "Testfirma ApS", string cvr = "12345678",
        string name = "Testfirma systemcertifikat", string subjectSerial = "UI:DK-O:G:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("DK");
        subject.Add("2.5.4.97", "NTRDK-" + cvr);
        subject.AddOrganizationName(organisation);
        subject.Add("2.5.4.5", subjectSerial, System.Formats.Asn1.UniversalTagNumber.PrintableString);
        subject.AddCommonName(name);
        return subject.Build();
    }

    /// <summary>A self-signed, non-CA certificate with a plain name: "other" to the OCES classifier.</summary>
    public static X509Certificate2 SelfSigned(string commonName, DateTimeOffset now, bool isCa = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + commonName, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(isCa, false, 0, true));
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    /// <summary>A self-signed certificate carrying one extension with exactly these bytes, however broken they are.</summary>
    public static X509Certificate2 WithRawExtension(string oid, byte[] value, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Raw extension " + oid, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509Extension(oid, value, critical: false));
        // Create, not CreateSelfSigned: the latter decodes keyUsage itself and would refuse the broken bytes first.
        return request.Create(request.SubjectName, X509SignatureGenerator.CreateForECDsa(key),
            now.AddDays(-1), now.AddYears(1), new byte[] { 1 });
    }

    public static X509Certificate2 CreateLeaf(X500DistinguishedName subject, X509Certificate2 issuer, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        using var issuerKey = issuer.GetECDsaPrivateKey()!;
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        var notAfterWithinIssuer = notAfter < issuer.NotAfter ? notAfter : issuer.NotAfter.ToUniversalTime();
        using var cert = request.Create(issuer.SubjectName, X509SignatureGenerator.CreateForECDsa(issuerKey), notBefore, notAfterWithinIssuer, serial);
        return cert.CopyWithPrivateKey(key);
    }

    /// <summary>An OCES3 CA name: C=DK, O=Den Danske Stat, OU (test environments only), CN.</summary>
    public static X500DistinguishedName Name(string commonName, string? organisationalUnit)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion("DK");
        builder.AddOrganizationName("Den Danske Stat");
        if (organisationalUnit != null)
            builder.AddOrganizationalUnitName(organisationalUnit);
        builder.AddCommonName(commonName);
        return builder.Build();
    }

    private static X509Certificate2 CreateCa(X500DistinguishedName name, X509Certificate2? issuer, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var notBefore = now.AddYears(-1);
        var notAfter = now.AddYears(20);
        if (issuer is null)
            return request.CreateSelfSigned(notBefore, notAfter);
        using var issuerKey = issuer.GetECDsaPrivateKey()!;
        using var cert = request.Create(issuer.SubjectName, X509SignatureGenerator.CreateForECDsa(issuerKey), notBefore, notAfter.AddYears(-1), RandomNumberGenerator.GetBytes(8));
        return cert.CopyWithPrivateKey(key);
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>RSA signatures verify by PKCS#1 v1.5 and RSASSA-PSS; everything else is "not verified", never an exception.</summary>
public sealed class SignatureCheckTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private sealed record Issued(ParsedCertificate Leaf, ParsedCertificate Issuer);

    private static Issued IssueRsa(string hash, bool pss, PssKeys? keys = null)
    {
        var algorithm = new HashAlgorithmName(hash);
        var padding = pss ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
        using var issuerKey = (keys ?? PssKeys.First).Issuer();
        using var issuer = Ca(new CertificateRequest("CN=Signature check CA", issuerKey, algorithm, padding));
        using var leafKey = PssKeys.First.Leaf();
        using var leaf = new CertificateRequest("CN=Signature check leaf", leafKey, algorithm, padding).Create(issuer, Now.AddDays(-1), Now.AddMonths(6), new byte[] { 1, 2, 3 });
        return new Issued(X509Parsing.Parse(leaf.RawData), X509Parsing.Parse(issuer.RawData));
    }

    private static X509Certificate2 Ca(CertificateRequest request)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        return request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));
    }

    private static bool Verifies(Issued issued, AlgorithmIdentifier algorithm, DerBitString? signature = null) =>
        SignatureCheck.Verifies(issued.Issuer.RsaKey, algorithm, issued.Leaf.Structure.TbsCertificate.GetDerEncoded(), signature ?? issued.Leaf.Structure.Signature);

    private static AlgorithmIdentifier Pss(string hash, string mgfHash, int saltLength, int trailer) =>
        new(PkcsObjectIdentifiers.IdRsassaPss, new RsassaPssParameters(
            new AlgorithmIdentifier(new DerObjectIdentifier(hash), DerNull.Instance),
            new AlgorithmIdentifier(PkcsObjectIdentifiers.IdMgf1, new AlgorithmIdentifier(new DerObjectIdentifier(mgfHash), DerNull.Instance)),
            DerInteger.ValueOf(saltLength), DerInteger.ValueOf(trailer)));

    public static TheoryData<string, bool> RsaSchemes => new()
    {
        { "SHA256", false }, { "SHA384", false }, { "SHA512", false },
        { "SHA256", true }, { "SHA384", true }, { "SHA512", true },
    };

    [Theory]
    [MemberData(nameof(RsaSchemes))]
    public void A_genuine_signature_verifies(string hash, bool pss)
    {
        var issued = IssueRsa(hash, pss);

        Assert.True(IssuerVerifier.SignedBy(issued.Leaf, issued.Issuer));
    }

    [Theory]
    [MemberData(nameof(RsaSchemes))]
    public void One_altered_byte_of_the_signed_part_does_not_verify(string hash, bool pss)
    {
        var issued = IssueRsa(hash, pss);
        var der = (byte[])issued.Leaf.Der.Clone();
        var name = System.Text.Encoding.ASCII.GetBytes("Signature check leaf");
        der[der.AsSpan().IndexOf(name)] = (byte)'Z';

        Assert.False(IssuerVerifier.SignedBy(X509Parsing.Parse(der), issued.Issuer));
    }

    [Theory]
    [MemberData(nameof(RsaSchemes))]
    public void Another_keys_signature_does_not_verify(string hash, bool pss)
    {
        var issued = IssueRsa(hash, pss);
        var other = IssueRsa(hash, pss, PssKeys.Second);

        Assert.False(IssuerVerifier.SignedBy(issued.Leaf, other.Issuer));
        Assert.False(IssuerVerifier.SignedBy(other.Leaf, issued.Issuer));
    }

    [Fact]
    public void SHA1_with_RSA_verifies_what_its_key_signed_and_nothing_else()
    {
        // .NET no longer signs certificates with SHA-1, so the signature is made over bytes of the test's own.
        var issued = IssueRsa("SHA256", pss: false);
        var data = System.Text.Encoding.ASCII.GetBytes("signed with SHA-1");
        using var key = PssKeys.First.Issuer();
        var signature = new DerBitString(key.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
        var sha1WithRsa = new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha1WithRsaEncryption, DerNull.Instance);

        Assert.True(SignatureCheck.Verifies(issued.Issuer.RsaKey, sha1WithRsa, data, signature));
        Assert.False(SignatureCheck.Verifies(issued.Issuer.RsaKey, sha1WithRsa, data.Concat(new byte[] { 0 }).ToArray(), signature));
        Assert.False(SignatureCheck.Verifies(IssueRsa("SHA256", pss: false, PssKeys.Second).Issuer.RsaKey, sha1WithRsa, data, signature));
    }

    [Fact]
    public void An_EC_key_and_an_ECDSA_signature_are_not_verified()
    {
        using var ecKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var ecCa = Ca(new CertificateRequest("CN=EC CA", ecKey, HashAlgorithmName.SHA256));
        using var leafKey = PssKeys.First.Leaf();
        using var ecSigned = new CertificateRequest("CN=EC-signed leaf", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .Create(ecCa.SubjectName, X509SignatureGenerator.CreateForECDsa(ecKey), Now.AddDays(-1), Now.AddMonths(6), new byte[] { 4 });
        var ca = X509Parsing.Parse(ecCa.RawData);

        Assert.Null(ca.RsaKey);
        Assert.False(IssuerVerifier.SignedBy(ca, ca));
        Assert.False(IssuerVerifier.SignedBy(X509Parsing.Parse(ecSigned.RawData), ca));
        var rsa = IssueRsa("SHA256", pss: true);
        Assert.False(SignatureCheck.Verifies(rsa.Issuer.RsaKey, ca.Structure.SignatureAlgorithm, ca.Structure.TbsCertificate.GetDerEncoded(), ca.Structure.Signature));
    }

    [Fact]
    public void The_PSS_parameters_are_those_signed_with_and_no_others()
    {
        var issued = IssueRsa("SHA256", pss: true);
        const string sha256 = "2.16.840.1.101.3.4.2.1";

        Assert.True(Verifies(issued, Pss(sha256, sha256, 32, 1)));
        Assert.False(Verifies(issued, Pss(sha256, sha256, 33, 1)));
        Assert.False(Verifies(issued, Pss(sha256, "1.3.14.3.2.26", 32, 1)));
        Assert.False(Verifies(issued, Pss("2.16.840.1.101.3.4.2.3", sha256, 32, 1)));
        Assert.False(Verifies(issued, Pss(sha256, sha256, 32, 2)));
    }

    [Fact]
    public void Malformed_or_unknown_algorithms_are_not_verified_and_never_throw()
    {
        var issued = IssueRsa("SHA256", pss: true);
        const string sha256 = "2.16.840.1.101.3.4.2.1";

        Assert.False(Verifies(issued, Pss(sha256, sha256, int.MaxValue, 1)));
        Assert.False(Verifies(issued, Pss(sha256, sha256, -1, 1)));
        Assert.False(Verifies(issued, Pss("1.2.840.113549.2.5", sha256, 32, 1)));
        Assert.False(Verifies(issued, new AlgorithmIdentifier(PkcsObjectIdentifiers.IdRsassaPss, new RsassaPssParameters(
            new AlgorithmIdentifier(new DerObjectIdentifier(sha256)), new AlgorithmIdentifier(PkcsObjectIdentifiers.IdMgf1), DerInteger.ValueOf(32), DerInteger.ValueOf(1)))));
        Assert.False(Verifies(issued, new AlgorithmIdentifier(PkcsObjectIdentifiers.IdRsassaPss)));
        Assert.False(Verifies(issued, new AlgorithmIdentifier(PkcsObjectIdentifiers.IdRsassaPss, new DerOctetString(new byte[] { 1 }))));
        Assert.False(Verifies(issued, new AlgorithmIdentifier(PkcsObjectIdentifiers.MD5WithRsaEncryption, DerNull.Instance)));
        Assert.False(Verifies(issued, new AlgorithmIdentifier(new DerObjectIdentifier("1.2.840.10045.4.3.2"))));
    }

    [Fact]
    public void A_signature_is_exactly_as_long_as_the_modulus_and_below_it()
    {
        // A 2,047-bit modulus, so the genuine signature plus the modulus still fits in the signature's 256 octets: the
        // same number modulo n, which only the "below the modulus" rule refuses.
        var generator = new RsaKeyPairGenerator();
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), new SecureRandom(), 2047, 80));
        var pair = generator.GenerateKeyPair();
        var priv = (RsaKeyParameters)pair.Private;
        var key = new RsaPublicKeyStructure(priv.Modulus, ((RsaKeyParameters)pair.Public).Exponent);
        var signed = "AltID"u8.ToArray();
        var digestInfo = new DigestInfo(new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256, DerNull.Instance), SHA256.HashData(signed))
            .GetEncoded(Asn1Encodable.Der);
        var encoded = new byte[256];
        encoded[1] = 0x01;
        encoded.AsSpan(2, encoded.Length - digestInfo.Length - 3).Fill(0xFF);
        digestInfo.CopyTo(encoded, encoded.Length - digestInfo.Length);
        var s = new BigInteger(1, encoded).ModPow(priv.Exponent, priv.Modulus);
        var algorithm = new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha256WithRsaEncryption, DerNull.Instance);
        bool VerifiesAs(BigInteger value, int length) =>
            SignatureCheck.Verifies(key, algorithm, signed, new DerBitString(BigIntegers.AsUnsignedByteArray(length, value)));

        Assert.True(VerifiesAs(s, 256));
        Assert.False(VerifiesAs(s.Add(key.Modulus), 256));
        Assert.False(VerifiesAs(s, 257));
    }

    [Fact]
    public void A_certificate_whose_outer_algorithm_differs_from_the_signed_one_is_not_verified()
    {
        var issued = IssueRsa("SHA256", pss: false);
        var structure = issued.Leaf.Structure;
        var relabelled = new X509CertificateStructure(structure.TbsCertificate,
            new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha384WithRsaEncryption, DerNull.Instance), structure.Signature);

        Assert.True(IssuerVerifier.SignedBy(issued.Leaf, issued.Issuer));
        Assert.False(IssuerVerifier.SignedBy(X509Parsing.Parse(relabelled.GetEncoded(Asn1Encodable.Der)), issued.Issuer));
    }

    [Fact]
    public void A_signature_as_large_as_the_modulus_or_not_whole_octets_is_not_verified()
    {
        var issued = IssueRsa("SHA256", pss: false);
        var octets = issued.Leaf.Structure.Signature.GetOctets();

        Assert.False(Verifies(issued, issued.Leaf.Structure.SignatureAlgorithm, new DerBitString(Enumerable.Repeat((byte)0xFF, octets.Length).ToArray())));
        Assert.False(Verifies(issued, issued.Leaf.Structure.SignatureAlgorithm, new DerBitString(Enumerable.Repeat((byte)0xFF, octets.Length + 1).ToArray())));
        Assert.False(Verifies(issued, issued.Leaf.Structure.SignatureAlgorithm, new DerBitString(octets, 1)));
        Assert.True(Verifies(issued, issued.Leaf.Structure.SignatureAlgorithm, new DerBitString(octets)));
    }
}

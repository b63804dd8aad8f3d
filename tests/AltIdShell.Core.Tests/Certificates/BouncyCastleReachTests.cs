using AltIdShell.Core.Certificates;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>
/// The engine uses BouncyCastle's ASN.1 structures and chosen primitives only, never the name-based factories nor the
/// types that reach them: each of these roots nearly all of BouncyCastle (every curve, signature scheme and digest) in
/// the native CLI, whose start-up grows with its binary by about 1 ms per MB (issue 18). BouncyCastle's X509Certificate
/// is one of them because its ToString prints the public key through PublicKeyFactory.
/// </summary>
public sealed class BouncyCastleReachTests
{
    private static readonly string[] Forbidden =
    {
        "Org.BouncyCastle.X509.X509Certificate",
        "Org.BouncyCastle.Security.SignerUtilities",
        "Org.BouncyCastle.Security.PublicKeyFactory",
        "Org.BouncyCastle.Security.DigestUtilities",
        "Org.BouncyCastle.Security.CipherUtilities",
        "Org.BouncyCastle.Crypto.Operators.Asn1VerifierFactory",
        // SecureRandom makes its generator through DigestUtilities; these reach it even where they only verify.
        "Org.BouncyCastle.Security.SecureRandom",
        "Org.BouncyCastle.Crypto.Parameters.RsaKeyParameters",
        "Org.BouncyCastle.Crypto.Signers.PssSigner",
        "Org.BouncyCastle.Crypto.Signers.RsaDigestSigner",
    };

    [Fact]
    public void The_engine_refers_to_no_name_based_factory_of_BouncyCastle()
    {
        var references = IlInstructions.TypeReferences(typeof(CertificateDescriber).Assembly.Location);

        Assert.Contains("Org.BouncyCastle.Asn1.X509.X509CertificateStructure", references);
        Assert.DoesNotContain(references, name => Forbidden.Contains(name) || name.StartsWith("Org.BouncyCastle.Ocsp.", StringComparison.Ordinal));
    }
}

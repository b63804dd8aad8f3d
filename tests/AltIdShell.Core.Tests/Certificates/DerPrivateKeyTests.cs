using System.Security.Cryptography;
using AltIdShell.Core.Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Pkcs12;
using AltIdShell.Core.Tests.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Certificates;

/// <summary>
/// A private key alone in DER (what `openssl … -outform DER` and .NET's Export*PrivateKey write), named .cer or .p12,
/// is called a private key with the danger line, as its PEM form always was; it was "contains no certificate".
/// </summary>
public sealed class DerPrivateKeyTests
{
    private const string Danger = "DANGER: The file contains a private key.";

    public static TheoryData<string, byte[]> Keys()
    {
        using var rsa = RSA.Create(2048);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pbe = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1);
        return new()
        {
            { "PKCS#8 RSA", rsa.ExportPkcs8PrivateKey() },
            { "PKCS#1 RSA", rsa.ExportRSAPrivateKey() },
            { "SEC 1 EC", ec.ExportECPrivateKey() },
            { "PKCS#8 EC", ec.ExportPkcs8PrivateKey() },
            { "encrypted PKCS#8", rsa.ExportEncryptedPkcs8PrivateKey("pw", pbe) },
        };
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_DER_key_named_cer_is_called_a_private_key(string name, byte[] key)
    {
        var error = Assert.Throws<ExportException>(() => CerInspector.Inspect(key, TestClock.Now));

        Assert.True(error.Kind == ExportErrorKind.NotACertificate, name);
        Assert.Contains("it is a private key in DER format. " + Danger, error.Text.English);
        Assert.Contains("det er en privat nøgle i DER-format. FARE:", error.Text.Danish);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_DER_key_named_p12_is_called_a_private_key(string name, byte[] key)
    {
        var error = Engine.Refusal(key, "pw");

        Assert.True(error.Kind == ExportErrorKind.NotPkcs12, name);
        Assert.Contains(Danger, error.Text.English);
    }

    [Fact]
    public void A_public_key_a_certificate_and_a_pfx_are_no_private_keys()
    {
        using var rsa = RSA.Create(2048);
        var chain = CertificateFactory.Oces3System(TestClock.Now);

        Assert.False(FileSniffer.IsPrivateKey(rsa.ExportRSAPublicKey()));
        Assert.False(FileSniffer.IsPrivateKey(rsa.ExportSubjectPublicKeyInfo()));
        Assert.False(FileSniffer.IsPrivateKey(chain.Leaf.RawData));
        Assert.False(FileSniffer.IsPrivateKey(Pkcs12Factory.Build(chain, "pw")));
    }
}

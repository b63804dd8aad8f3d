using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>
/// Old Java (JSafe) files: a MAC over the password as RFC 7292 has it, PBES2 parts keyed with the password's Latin-1
/// bytes rather than UTF-8. No current tool writes them, so .NET's Pkcs12Builder builds one from those bytes.
/// </summary>
public sealed class Latin1PasswordTests
{
    private const string Password = "Mötley Crüe";
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);

    [Fact]
    public void Certificates_under_the_Latin1_bytes_of_the_password_the_MAC_confirmed_are_read_and_say_so()
    {
        var contents = Pkcs12File.Parse(JsafeStyle(withMac: true), Pkcs12Limits.Default).Open(Password);

        Assert.Equal(Chain.Leaf.RawData, LeafSelector.Candidates(contents).Single());
        Assert.True(contents.PasswordReadAsLatin1);
    }

    [Fact]
    public void A_file_keyed_with_the_UTF8_bytes_as_usual_does_not_say_so()
    {
        var contents = Pkcs12File.Parse(Pkcs12Factory.Build(Chain, Password), Pkcs12Limits.Default).Open(Password);

        Assert.Equal(Chain.Leaf.RawData, LeafSelector.Candidates(contents).Single());
        Assert.False(contents.PasswordReadAsLatin1);
    }

    [Fact]
    public void A_wrong_password_is_still_a_wrong_password()
    {
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(JsafeStyle(withMac: true), "Motley Crue").Kind);
    }

    [Fact]
    public void Without_a_MAC_to_confirm_the_password_the_Latin1_bytes_are_not_tried()
    {
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(JsafeStyle(withMac: false), Password).Kind);
    }

    [Theory]
    [InlineData("Mötley Crüe", new byte[] { 0x4D, 0xF6, 0x74, 0x6C, 0x65, 0x79, 0x20, 0x43, 0x72, 0xFC, 0x65 })]
    [InlineData("ascii only", null)]
    [InlineData("Ωmega", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_Latin1_form_exists_only_where_it_differs_from_UTF8_and_every_character_has_one(string? password, byte[]? expected)
    {
        Assert.Equal(expected, new Pkcs12Password(password).Latin1);
    }

    private static byte[] JsafeStyle(bool withMac)
    {
        var latin1 = Password.Select(c => (byte)c).ToArray();
        var pbes2 = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2048);
        var keyId = new Pkcs9LocalKeyId(new byte[] { 1 });
        var certificates = new Pkcs12SafeContents();
        foreach (var certificate in new[] { Chain.Leaf, Chain.Issuer, Chain.Root })
        {
            var bag = certificates.AddCertificate(X509CertificateLoader.LoadCertificate(certificate.RawData));
            if (ReferenceEquals(certificate, Chain.Leaf))
                bag.Attributes.Add(keyId);
        }
        var keys = new Pkcs12SafeContents();
        using var key = Chain.Leaf.GetECDsaPrivateKey()!;
        keys.AddShroudedKey(key, latin1, pbes2).Attributes.Add(keyId);

        var builder = new Pkcs12Builder();
        builder.AddSafeContentsUnencrypted(keys);
        builder.AddSafeContentsEncrypted(certificates, latin1, pbes2);
        if (withMac)
            builder.SealWithMac(Password, HashAlgorithmName.SHA256, 2048);
        else
            builder.SealWithoutIntegrity();
        return builder.Encode();
    }
}

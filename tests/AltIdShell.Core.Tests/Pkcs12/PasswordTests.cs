using System.Security.Cryptography;
using AltIdShell.Core.Errors;
using AltIdShell.Core.Pkcs12;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

public sealed class PasswordTests
{
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);

    [Fact]
    public void The_BMPString_form_is_UTF16_big_endian_with_two_zero_bytes()
    {
        Assert.Equal(new byte[] { 0x00, 0xE6, 0x00, 0xF8, 0x00, 0xE5, 0x00, 0x00 }, Pkcs12Password.ToBmpString("æøå"));
        Assert.Equal(new byte[] { 0x00, 0x00 }, Pkcs12Password.ToBmpString(""));
        Assert.Empty(Pkcs12Password.ToBmpString(null));
    }

    [Fact]
    public void An_empty_password_is_also_tried_as_no_password_and_the_reverse()
    {
        Assert.Equal(new[] { new byte[] { 0, 0 }, Array.Empty<byte>() }, new Pkcs12Password("").LegacyCandidates);
        Assert.Equal(new[] { Array.Empty<byte>(), new byte[] { 0, 0 } }, new Pkcs12Password(null).LegacyCandidates);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Files_sealed_with_an_empty_or_no_password_open_with_either(string? writtenWith)
    {
        var pfx = Pkcs12Factory.Build(Chain, writtenWith, new Pkcs12Layout
        {
            CertificateEncryption = new PbeParameters(PbeEncryptionAlgorithm.TripleDes3KeyPkcs12, HashAlgorithmName.SHA1, 2000),
            MacHash = HashAlgorithmName.SHA1,
        });

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, ""));
        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, null));
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(pfx, "x").Kind);
    }

    [Fact]
    public void OpenSSL_files_with_an_empty_password_open()
    {
        var pfx = OpenSsl.ExportPkcs12(Chain, "", "-certpbe", "PBE-SHA1-RC2-40", "-keypbe", "PBE-SHA1-3DES");

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, ""));
    }

    [Fact]
    public void A_legacy_file_whose_Danish_password_was_widened_byte_by_byte_by_old_OpenSSL_opens()
    {
        // OpenSSL before 1.1.0 turned each UTF-8 byte of "Kø" into its own BMP character.
        var widened = new string(System.Text.Encoding.UTF8.GetBytes("Kø").Select(b => (char)b).ToArray());
        var pfx = Pkcs12Factory.Build(Chain, widened, new Pkcs12Layout
        {
            CertificateEncryption = new PbeParameters(PbeEncryptionAlgorithm.TripleDes3KeyPkcs12, HashAlgorithmName.SHA1, 2000),
            KeyEncryption = new PbeParameters(PbeEncryptionAlgorithm.TripleDes3KeyPkcs12, HashAlgorithmName.SHA1, 2000),
            MacHash = HashAlgorithmName.SHA1,
        });

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, "Kø"));
    }

    [Fact]
    public void The_key_bag_is_never_decrypted_so_its_own_password_does_not_matter()
    {
        var pfx = Pkcs12Factory.Build(Chain, "certificates-and-mac", new Pkcs12Layout { KeyPassword = "only-the-key" });

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, "certificates-and-mac"));
    }

    [Fact]
    public void A_password_with_a_lone_surrogate_is_just_a_wrong_password()
    {
        // A strict UTF-8 encoder threw ArgumentException naming the character and its index in the password.
        var pfx = Pkcs12Factory.Build(Chain, "pw");

        var error = Engine.Refusal(pfx, "Kø\uD800d");

        Assert.Equal(ExportErrorKind.WrongPassword, error.Kind);
    }
}

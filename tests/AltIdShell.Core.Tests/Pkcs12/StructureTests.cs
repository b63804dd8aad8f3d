using System.Formats.Asn1;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>
/// Each PKCS#12 structure is read to its end and its fixed fields are checked: data after a structure, a wrong
/// version or content type is damage named after the structure it is in, in both languages.
/// </summary>
public sealed class StructureTests
{
    private static readonly byte[] Null = { 0x05, 0x00 };
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly byte[] Certificates = Pkcs12Crafter.CertificateSafeContents((Chain.Leaf.RawData, new byte[] { 1 }));
    private static readonly byte[] Encrypted = Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.PbeWithSha1And40BitRc2, 1, new byte[16]);

    public static TheoryData<string, byte[], string> TrailingData() => new()
    {
        { "after the PFX in the file", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Certificates) }).Concat(Null).ToArray(), "PFX" },
        { "after the MacData inside the PFX", Pkcs12Crafter.AppendInside(Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Certificates) }, Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 1)), Null), "PFX" },
        { "after the authSafe's content type and content", Pkcs12Crafter.AppendInside(Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Certificates) }), Null, 1), "ContentInfo" },
        { "after the authSafe's OCTET STRING", Pkcs12Crafter.AppendInside(Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Certificates) }), Null, 1, 1), "ContentInfo" },
        { "after the last ContentInfo in the AuthenticatedSafe", AuthenticatedSafeFollowedBy(Null), "AuthenticatedSafe" },
        { "after a data ContentInfo's content", Plain(Certificates, info => Pkcs12Crafter.AppendInside(info, Null)), "ContentInfo" },
        { "after a data ContentInfo's OCTET STRING", Plain(Certificates, info => Pkcs12Crafter.AppendInside(info, Null, 1)), "ContentInfo" },
        { "after an encryptedData ContentInfo's EncryptedData", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.AppendInside(Encrypted, Null, 1) }), "ContentInfo" },
        { "after the encryptedContentInfo in EncryptedData", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.AppendInside(Encrypted, Null, 1, 0) }), "EncryptedData" },
        { "after the encryptedContent", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.AppendInside(Encrypted, Null, 1, 0, 1) }), "EncryptedData" },
        { "after the SafeContents", Plain(Certificates.Concat(Null).ToArray()), "SafeContents" },
        { "after a SafeBag's attributes", Plain(Pkcs12Crafter.AppendInside(Certificates, Null, 0)), "SafeBag" },
        { "after a certificate bag's value", Plain(Pkcs12Crafter.AppendInside(Certificates, Null, 0, 1)), "SafeBag" },
        { "after a CertBag's certValue", Plain(Pkcs12Crafter.AppendInside(Certificates, Null, 0, 1, 0)), "SafeBag" },
        { "after a certificate's OCTET STRING", Plain(Pkcs12Crafter.AppendInside(Certificates, Null, 0, 1, 0, 1)), "SafeBag" },
        { "after an attribute's values", Plain(Pkcs12Crafter.AppendInside(Certificates, Null, 0, 2, 0)), "SafeBag" },
        { "after the MAC's iterations", MacPfx(Pkcs12Crafter.AppendInside(Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 1), Null)), "MacData" },
        { "after the MAC value", MacPfx(Pkcs12Crafter.AppendInside(Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 1), Null, 0)), "MacData" },
        { "after the MAC's digest parameters", MacPfx(Pkcs12Crafter.AppendInside(Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 1), Null, 0, 0)), "MacData" },
    };

    [Theory]
    [MemberData(nameof(TrailingData))]
    public void Data_after_a_structure_is_damage_named_after_that_structure(string where, byte[] pfx, string structure)
    {
        AssertCorruptIn(structure, Engine.Refusal(pfx, "pw"), where);
    }

    [Fact]
    public void The_same_files_without_the_trailing_data_are_read()
    {
        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(Plain(Certificates), null));
        // Everything of the MacData is read up to the MAC check itself, which these zero bytes fail.
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(MacPfx(Pkcs12Crafter.MacData(Pkcs12Crafter.Sha1, 1)), "pw").Kind);
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(Pkcs12Crafter.Pfx(new[] { Encrypted }), "pw").Kind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(509)]
    public void Zero_bytes_after_an_OpenSSL_PFX_are_padding_and_the_file_is_read(int zeros)
    {
        var padded = OpenSsl.ExportPkcs12(Chain, "pw").Concat(new byte[zeros]).ToArray();

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(padded, "pw"));
    }

    [Fact]
    public void Zero_bytes_after_a_BER_PFX_of_indefinite_length_are_padding_too()
    {
        var padded = BerEncoding.ToIndefiniteLengths(Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Certificates) })).Concat(new byte[64]).ToArray();

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(padded, null));
    }

    [Theory]
    [InlineData(new byte[] { 0x01 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x01 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x05, 0x00, 0x00 })]
    public void Padding_with_anything_but_zeros_is_still_damage_after_the_PFX(byte[] trailing)
    {
        var padded = OpenSsl.ExportPkcs12(Chain, "pw").Concat(trailing).ToArray();

        AssertCorruptIn("PFX", Engine.Refusal(padded, "pw"), "non-zero padding");
    }

    [Fact]
    public void A_MAC_digest_without_parameters_is_read()
    {
        // Read to the MAC check itself, which these zero bytes fail.
        Assert.Equal(ExportErrorKind.WrongPassword, Engine.Refusal(MacPfx(MacDataWithDigestParameters()), "pw").Kind);
    }

    [Fact]
    public void A_MAC_digest_with_parameters_other_than_NULL_is_damage_in_MacData()
    {
        AssertCorruptIn("MacData", Engine.Refusal(MacPfx(MacDataWithDigestParameters(new byte[] { 0x04, 0x00 })), "pw"), "OCTET STRING parameters");
    }

    [Fact]
    public void A_localKeyId_with_a_second_value_is_read()
    {
        var secondValue = Plain(Pkcs12Crafter.AppendInside(Certificates, new byte[] { 0x04, 0x01, 0x02 }, 0, 2, 0, 1));

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(secondValue, null));
    }

    [Fact]
    public void A_PFX_of_another_version_is_not_taken_for_PKCS12()
    {
        var error = Engine.Refusal(Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Certificates) }, version: 4), null);

        Assert.Equal(ExportErrorKind.NotPkcs12, error.Kind);
        Assert.EndsWith("ukendt version.", error.Text.Danish);
        Assert.EndsWith("unknown version.", error.Text.English);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void EncryptedData_of_another_version_is_damage_in_EncryptedData(int version)
    {
        var encrypted = Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.LegacyAlgorithm(Pkcs12Crafter.PbeWithSha1And40BitRc2, 1), new byte[16], version: version);

        AssertCorruptIn("EncryptedData", Engine.Refusal(Pkcs12Crafter.Pfx(new[] { encrypted }), "pw"), $"version {version}");
    }

    [Fact]
    public void EncryptedData_holding_anything_but_data_is_damage_in_EncryptedData()
    {
        const string signedData = "1.2.840.113549.1.7.2";
        var encrypted = Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.LegacyAlgorithm(Pkcs12Crafter.PbeWithSha1And40BitRc2, 1), new byte[16], contentType: signedData);

        AssertCorruptIn("EncryptedData", Engine.Refusal(Pkcs12Crafter.Pfx(new[] { encrypted }), "pw"), "signedData inside");
    }

    [Fact]
    public void A_ContentInfo_of_another_type_in_the_AuthenticatedSafe_is_unsupported()
    {
        var envelopedData = Pkcs12Crafter.DataContentInfo(Certificates);
        var at = envelopedData.AsSpan().IndexOf(new byte[] { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01 });
        envelopedData[at + 8] = 0x03;

        var error = Engine.Refusal(Pkcs12Crafter.Pfx(new[] { envelopedData }), "pw");

        Assert.Equal(ExportErrorKind.UnsupportedAlgorithm, error.Kind);
        Assert.Contains("envelopedData", error.Text.English);
    }

    private static void AssertCorruptIn(string structure, ExportException error, string where)
    {
        Assert.True(error.Kind == ExportErrorKind.Corrupt, $"{where}: {error.Kind} {error.Text.English}");
        Assert.True(error.Text.Danish.Contains($"beskadiget eller afkortet ({structure})"), $"{where}: {error.Text.Danish}");
        Assert.True(error.Text.English.Contains($"damaged or truncated ({structure})"), $"{where}: {error.Text.English}");
    }

    private static byte[] Plain(byte[] safeContents) => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(safeContents) });

    private static byte[] Plain(byte[] safeContents, Func<byte[], byte[]> alterContentInfo) =>
        Pkcs12Crafter.Pfx(new[] { alterContentInfo(Pkcs12Crafter.DataContentInfo(safeContents)) });

    private static byte[] MacPfx(byte[] macData) => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Certificates) }, macData);

    /// <summary>MacData { DigestInfo { { SHA-1, <paramref name="parameters"/> }, 20 zero bytes }, salt, 1 }.</summary>
    private static byte[] MacDataWithDigestParameters(params byte[] parameters)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(Pkcs12Crafter.Sha1);
                    if (parameters.Length > 0)
                        writer.WriteEncodedValue(parameters);
                }
                writer.WriteOctetString(new byte[20]);
            }
            writer.WriteOctetString(new byte[8]);
            writer.WriteInteger(1);
        }
        return writer.Encode();
    }

    /// <summary>PFX { 3, ContentInfo { data, AuthenticatedSafe and then <paramref name="extra"/> } }.</summary>
    private static byte[] AuthenticatedSafeFollowedBy(byte[] extra)
    {
        var authenticatedSafe = new AsnWriter(AsnEncodingRules.DER);
        using (authenticatedSafe.PushSequence())
            authenticatedSafe.WriteEncodedValue(Pkcs12Crafter.DataContentInfo(Certificates));
        var pfx = new AsnWriter(AsnEncodingRules.DER);
        using (pfx.PushSequence())
        {
            pfx.WriteInteger(3);
            pfx.WriteEncodedValue(Pkcs12Crafter.DataContentInfo(authenticatedSafe.Encode().Concat(extra).ToArray()));
        }
        return pfx.Encode();
    }
}

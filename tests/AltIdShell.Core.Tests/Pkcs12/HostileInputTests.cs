using System.Formats.Asn1;
using System.Security.Cryptography;
using AltIdShell.Core.Errors;
using AltIdShell.TestSupport;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>
/// A bad-input corpus made on the spot: files cut at every structural boundary, bits flipped, wrong nesting, huge
/// declared lengths, empty and garbage bags. Each is refused with its own ExportErrorKind, and with an
/// ExportException only (Engine.Refusal asserts the exact type), never a parser's or a cipher's exception; those
/// refused through the whole exporter (RefusalOnDisk) also leave their folder as it was.
/// </summary>
public sealed class HostileInputTests
{
    private const string Password = "pw";
    private static readonly CertificateFactory.Chain Chain = CertificateFactory.Oces3System(TestClock.Now);
    private static readonly PbeParameters OneIteration = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1);

    private static readonly Dictionary<string, Lazy<byte[]>> Generated = new()
    {
        ["dotnet AES-256, SHA-256 MAC"] = new(() => Pkcs12Factory.Build(Chain, Password)),
        ["plain certificates, no MAC"] = new(() => Pkcs12Factory.Build(Chain, Password, new Pkcs12Layout { CertificateEncryption = null, MacHash = null })),
        ["OpenSSL RC2-40, SHA-1 MAC"] = new(() => OpenSsl.ExportPkcs12(Chain, Password, "-certpbe", "PBE-SHA1-RC2-40", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1")),
    };

    public static TheoryData<string, bool> GeneratedFiles()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in Generated.Keys)
        {
            data.Add(name, false);
            data.Add(name, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void A_generated_file_cut_at_any_structural_boundary_is_corrupt(string name, bool ber)
    {
        var pfx = ber ? BerEncoding.ToIndefiniteLengths(Generated[name].Value) : Generated[name].Value;
        Assert.Equal(ber, Asn1Walk.Elements(pfx).Any(e => e.IndefiniteLength));

        AssertEveryCutIsCorrupt(pfx, Password);
    }

    [Fact]
    public void BER_SafeContents_inside_a_file_without_MAC_export_and_are_corrupt_when_cut_at_any_boundary()
    {
        // The certificates inside stay DER: they are signed, and the .cer must be DER.
        var safeContents = BerEncoding.ToIndefiniteLengths(Pkcs12Crafter.CertificateSafeContents((Chain.Leaf.RawData, null), (Chain.Issuer.RawData, null)));
        var pfx = BerEncoding.ToIndefiniteLengths(Plain(safeContents));
        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(pfx, null));

        foreach (var length in Asn1Walk.Boundaries(safeContents).Where(b => b < safeContents.Length))
            Assert.True(Engine.Refusal(Plain(safeContents[..length]), null).Kind == ExportErrorKind.Corrupt, $"BER SafeContents cut at {length}");
    }

    [Theory]
    [Trait("Category", RealOcesData.Trait)]
    [MemberData(nameof(RealOcesData.Fixtures), MemberType = typeof(RealOcesData))]
    public void A_real_file_cut_at_any_structural_boundary_is_corrupt(string fileName)
    {
        var fixture = RealOcesData.Get(fileName);
        AssertEveryCutIsCorrupt(File.ReadAllBytes(fixture.Path!), fixture.Password);
    }

    private static void AssertEveryCutIsCorrupt(byte[] pfx, string password)
    {
        Assert.NotNull(Engine.ExportLeaf(pfx, password));
        var boundaries = Asn1Walk.Boundaries(pfx);
        Assert.True(boundaries.Count > 20, "the walk found too few elements: " + boundaries.Count);
        foreach (var length in boundaries.Where(b => b < pfx.Length))
        {
            var expected = length == 0 ? ExportErrorKind.NotPkcs12 : ExportErrorKind.Corrupt;
            Assert.True(expected == Engine.Refusal(pfx[..length], password).Kind, $"cut at {length} of {pfx.Length}");
        }
    }

    [Fact]
    public void SafeContents_cut_at_any_boundary_inside_an_intact_file_is_corrupt()
    {
        var safeContents = Pkcs12Crafter.CertificateSafeContents((Chain.Leaf.RawData, new byte[] { 1 }), (Chain.Issuer.RawData, null));
        var boundaries = Asn1Walk.Boundaries(safeContents).Where(b => b < safeContents.Length).ToList();
        Assert.True(boundaries.Count > 40);

        foreach (var length in boundaries)
        {
            var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(safeContents[..length]) });
            Assert.True(Engine.Refusal(pfx, null).Kind == ExportErrorKind.Corrupt, $"SafeContents cut at {length}");
        }
    }

    [Fact]
    public void A_certificate_cut_at_any_boundary_in_an_intact_bag_is_corrupt()
    {
        var certificate = Chain.Leaf.RawData;
        foreach (var length in Asn1Walk.Boundaries(certificate).Where(b => b < certificate.Length))
        {
            var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((certificate[..length], null))) });
            var error = Engine.Refusal(pfx, null);
            Assert.True(error.Kind == ExportErrorKind.Corrupt, $"certificate cut at {length}: {error.Kind}");
            Assert.Contains("X.509", error.Text.English);
        }
    }

    public static TheoryData<string, byte[]> GarbageCertificates() => new()
    {
        { "empty", Array.Empty<byte>() },
        { "random bytes", RandomNumberGenerator.GetBytes(300) },
        { "a SEQUENCE that is no certificate", new byte[] { 0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02 } },
        { "a PEM certificate", System.Text.Encoding.ASCII.GetBytes(Chain.Leaf.ExportCertificatePem()) },
        { "a whole .p12", Pkcs12Factory.Build(Chain, Password) },
        { "a certificate with a byte flipped in its header", Flip(Chain.Leaf.RawData, 4) },
        { "SEQUENCEs nested 200,000 deep", Enumerable.Repeat(new byte[] { 0x30, 0x80 }, 200_000).SelectMany(b => b).Concat(new byte[400_000]).ToArray() },
    };

    [Theory]
    [MemberData(nameof(GarbageCertificates))]
    public void A_certificate_bag_holding_garbage_is_corrupt(string name, byte[] garbage)
    {
        var pfx = Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Crafter.CertificateSafeContents((garbage, null))) });

        Assert.True(Engine.RefusalOnDisk(pfx, null).Kind == ExportErrorKind.Corrupt, name);
    }

    public static TheoryData<string, byte[], ExportErrorKind> WrongNesting()
    {
        var certificates = Pkcs12Crafter.CertificateSafeContents((Chain.Leaf.RawData, null));
        var data = new TheoryData<string, byte[], ExportErrorKind>
        {
            { "authSafe content is a SEQUENCE, not an OCTET STRING", PfxAround(certificates), ExportErrorKind.Corrupt },
            { "AuthenticatedSafe is a SET", PfxAround(Tlv(0x04, Tlv(0x31))), ExportErrorKind.Corrupt },
            { "a SafeBag value without its [0] wrapper", Plain(Pkcs12Crafter.SafeContents(Unwrapped(Pkcs12Crafter.CertBag, Chain.Leaf.RawData))), ExportErrorKind.Corrupt },
            { "a certificate where the SafeContents should be", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Chain.Leaf.RawData) }), ExportErrorKind.Corrupt },
            { "a PFX inside the PFX", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(Pkcs12Factory.Build(Chain, Password)) }), ExportErrorKind.Corrupt },
            { "safeContentsBags nested five deep", Plain(Nest(certificates, 5)), ExportErrorKind.LimitExceeded },
            { "a version 2 PFX", Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(certificates) }, version: 2), ExportErrorKind.NotPkcs12 },
            { "an OID where the version should be", Tlv(0x30, Oid("1.2.840.113549.1.7.1"), Tlv(0x02, 3)), ExportErrorKind.NotPkcs12 },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(WrongNesting))]
    public void Wrong_nesting_gets_its_own_error(string name, byte[] pfx, ExportErrorKind expected)
    {
        Assert.True(expected == Engine.RefusalOnDisk(pfx, Password).Kind, name);
    }

    [Fact]
    public void SafeContentsBags_nested_within_the_depth_limit_are_read()
    {
        var certificates = Pkcs12Crafter.CertificateSafeContents((Chain.Leaf.RawData, null));

        Assert.Equal(Chain.Leaf.RawData, Engine.ExportLeaf(Plain(Nest(certificates, 4)), null));
    }

    public static TheoryData<string, byte[]> HugeDeclaredLengths() => new()
    {
        { "outer SEQUENCE of 2 GiB", new byte[] { 0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x02, 0x01, 0x03 } },
        { "outer SEQUENCE of 2^64 - 1 bytes", new byte[] { 0x30, 0x88, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02, 0x01, 0x03 } },
        { "a length of 127 length bytes", new byte[] { 0x30, 0xFF }.Concat(Enumerable.Repeat((byte)0xFF, 127)).ToArray() },
        { "authenticatedSafe OCTET STRING of 2 GiB", PfxAround(Huge(0x04)) },
        { "AuthenticatedSafe SEQUENCE of 2 GiB", PfxAround(Tlv(0x04, Huge(0x30))) },
        { "certificate OCTET STRING of 2 GiB", Plain(Tlv(0x30, Tlv(0x30, Oid(Pkcs12Crafter.CertBag), Tlv(0xA0, Tlv(0x30, Oid("1.2.840.113549.1.9.22.1"), Tlv(0xA0, Huge(0x04))))))) },
    };

    [Theory]
    [MemberData(nameof(HugeDeclaredLengths))]
    public void A_huge_declared_length_is_corrupt(string name, byte[] pfx)
    {
        Assert.True(Engine.RefusalOnDisk(pfx, Password).Kind == ExportErrorKind.Corrupt, name);
    }

    public static TheoryData<string, byte[]> NoCertificateFiles() => new()
    {
        { "no ContentInfo at all", Pkcs12Crafter.Pfx(Array.Empty<byte[]>()) },
        { "empty SafeContents", Plain(Pkcs12Crafter.SafeContents()) },
        { "only a key bag", Plain(Pkcs12Crafter.SafeContents(Pkcs12Crafter.Bag("1.2.840.113549.1.12.10.1.2", new byte[] { 0x30, 0x00 }))) },
        { "only a non-X.509 certificate", Plain(Pkcs12Crafter.SafeContents(Pkcs12Crafter.Bag(Pkcs12Crafter.CertBag, SdsiCertificate()))) },
        { "only an encrypted part with no content", Pkcs12Crafter.Pfx(new[] { EncryptedWithoutContent() }) },
    };

    [Theory]
    [MemberData(nameof(NoCertificateFiles))]
    public void Zero_certificate_bags_say_the_file_has_no_certificate(string name, byte[] pfx)
    {
        Assert.True(Engine.RefusalOnDisk(pfx, Password).Kind == ExportErrorKind.NoCertificate, name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_single_bit_flip_of_a_MAC_protected_file_is_refused_or_changes_nothing(bool ber)
    {
        var der = Pkcs12Factory.Build(Chain, Password, new Pkcs12Layout { CertificateEncryption = OneIteration, KeyEncryption = OneIteration, MacIterations = 1 });
        var pfx = ber ? BerEncoding.ToIndefiniteLengths(der) : der;
        var macValue = Asn1Walk.Elements(pfx).Last(e => e.Tag == Asn1Tag.PrimitiveOctetString && e.ContentEnd - e.ContentStart == 32);
        var ciphertext = Asn1Walk.Elements(pfx).Single(e => e.Tag == new Asn1Tag(TagClass.ContextSpecific, 0));

        for (var bit = 0; bit < pfx.Length * 8; bit++)
        {
            var flipped = (byte[])pfx.Clone();
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));
            var at = bit / 8;

            byte[] leaf;
            try
            {
                leaf = Engine.ExportLeaf(flipped, Password);
            }
            catch (ExportException e)
            {
                var opaque = (at >= macValue.ContentStart && at < macValue.ContentEnd) || (at >= ciphertext.ContentStart && at < ciphertext.ContentEnd);
                Assert.True(!opaque || e.Kind == ExportErrorKind.WrongPassword, $"bit {bit}: {e.Kind} for a flip the MAC should catch");
                continue;
            }
            Assert.True(Chain.Leaf.RawData.SequenceEqual(leaf), $"bit {bit} exported a different certificate");
        }
    }

    private static byte[] Plain(byte[] safeContents) => Pkcs12Crafter.Pfx(new[] { Pkcs12Crafter.DataContentInfo(safeContents) });

    private static byte[] Nest(byte[] safeContents, int levels) =>
        Enumerable.Range(0, levels).Aggregate(safeContents, (inner, _) => Pkcs12Crafter.Nested(inner));

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0xFF;
        return copy;
    }

    private static byte[] Unwrapped(string bagId, byte[] value)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(bagId);
            writer.WriteOctetString(value);
        }
        return writer.Encode();
    }

    private static byte[] SdsiCertificate()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.2.840.113549.1.9.22.2");
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
                writer.WriteCharacterString(UniversalTagNumber.IA5String, "c2RzaQ==");
        }
        return writer.Encode();
    }

    private static byte[] EncryptedWithoutContent()
    {
        var full = Pkcs12Crafter.EncryptedContentInfo(Pkcs12Crafter.PbeWithSha1And40BitRc2, 1, Array.Empty<byte>());
        // Drop the empty [0] ciphertext (80 00) and shorten the three enclosing lengths by its two bytes.
        var without = full[..^2];
        foreach (var header in Asn1Walk.Elements(full).Where(e => e.Tag.IsConstructed && e.End == full.Length))
            without[header.ContentStart - 1] -= 2;
        return without;
    }

    /// <summary>PFX { 3, ContentInfo { data, [0] <paramref name="content"/> } } around any bytes, valid or not.</summary>
    private static byte[] PfxAround(byte[] content) => Tlv(0x30, Tlv(0x02, 3), Tlv(0x30, Oid(Pkcs12Crafter.Data), Tlv(0xA0, content)));

    /// <summary>An element declaring 2 GiB of content and holding a few bytes.</summary>
    private static byte[] Huge(byte tag) => new byte[] { tag, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x30, 0x00 };

    /// <summary>Tag, DER length, content: by hand, since AsnWriter refuses to embed the broken elements these tests need.</summary>
    private static byte[] Tlv(byte tag, params byte[][] parts)
    {
        var content = parts.SelectMany(p => p).ToArray();
        var length = content.Length < 0x80 ? new[] { (byte)content.Length }
            : content.Length < 0x100 ? new byte[] { 0x81, (byte)content.Length }
            : new byte[] { 0x82, (byte)(content.Length >> 8), (byte)content.Length };
        return new[] { tag }.Concat(length).Concat(content).ToArray();
    }

    private static byte[] Tlv(byte tag, byte value) => new[] { tag, (byte)1, value };

    private static byte[] Oid(string oid)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteObjectIdentifier(oid);
        return writer.Encode();
    }
}

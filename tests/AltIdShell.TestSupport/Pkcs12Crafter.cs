using System.Formats.Asn1;
using System.Numerics;

namespace AltIdShell.TestSupport;

/// <summary>
/// Hand-built PKCS#12 structures for what no writer produces on purpose: absurd iteration counts, unknown
/// algorithms, odd bag layouts. Builds the RFC 7292 shapes with AsnWriter, so each test states only what differs.
/// </summary>
public static class Pkcs12Crafter
{
    public const string Data = "1.2.840.113549.1.7.1";
    public const string EncryptedData = "1.2.840.113549.1.7.6";
    public const string CertBag = "1.2.840.113549.1.12.10.1.3";
    public const string Sha1 = "1.3.14.3.2.26";
    public const string PbeWithSha1And40BitRc2 = "1.2.840.113549.1.12.1.6";

    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    /// <summary>PFX { 3, ContentInfo(data, AuthenticatedSafe(parts)), [MacData] }.</summary>
    public static byte[] Pfx(IEnumerable<byte[]> contentInfos, byte[]? macData = null, int version = 3)
    {
        var authenticatedSafe = new AsnWriter(AsnEncodingRules.DER);
        using (authenticatedSafe.PushSequence())
        {
            foreach (var contentInfo in contentInfos)
                authenticatedSafe.WriteEncodedValue(contentInfo);
        }
        var pfx = new AsnWriter(AsnEncodingRules.DER);
        using (pfx.PushSequence())
        {
            pfx.WriteInteger(version);
            pfx.WriteEncodedValue(DataContentInfo(authenticatedSafe.Encode()));
            if (macData != null)
                pfx.WriteEncodedValue(macData);
        }
        return pfx.Encode();
    }

    public static byte[] DataContentInfo(byte[] content)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(Data);
            using (writer.PushSequence(Explicit0))
                writer.WriteOctetString(content);
        }
        return writer.Encode();
    }

    /// <summary>An encryptedData ContentInfo with a legacy-style AlgorithmIdentifier { oid, { salt, iterations } }.</summary>
    public static byte[] EncryptedContentInfo(string algorithmOid, long iterations, byte[] ciphertext) =>
        EncryptedContentInfo(LegacyAlgorithm(algorithmOid, iterations), ciphertext);

    /// <summary>An encryptedData ContentInfo with any encoded AlgorithmIdentifier, of any EncryptedData version and content type.</summary>
    public static byte[] EncryptedContentInfo(byte[] algorithmIdentifier, byte[] ciphertext, int version = 0, string contentType = Data)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(EncryptedData);
            using (writer.PushSequence(Explicit0))
            using (writer.PushSequence())
            {
                writer.WriteInteger(version);
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(contentType);
                    writer.WriteEncodedValue(algorithmIdentifier);
                    writer.WriteOctetString(ciphertext, new Asn1Tag(TagClass.ContextSpecific, 0));
                }
            }
        }
        return writer.Encode();
    }

    /// <summary>AlgorithmIdentifier { oid, PBEParameter { salt, iterations } } (RFC 7292 appendix C).</summary>
    public static byte[] LegacyAlgorithm(string oid, long iterations)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            using (writer.PushSequence())
            {
                writer.WriteOctetString(new byte[8]);
                writer.WriteInteger(iterations);
            }
        }
        return writer.Encode();
    }

    /// <summary>PBES2 { PBKDF2 { salt, iterations, prf }, cipher { iv } } (RFC 8018), each part replaceable.</summary>
    public static byte[] Pbes2Algorithm(long iterations = 2048, string kdfOid = "1.2.840.113549.1.5.12",
        string prfOid = "1.2.840.113549.2.9", string cipherOid = "2.16.840.1.101.3.4.1.42", int ivLength = 16)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.2.840.113549.1.5.13");
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(kdfOid);
                    using (writer.PushSequence())
                    {
                        writer.WriteOctetString(new byte[8]);
                        writer.WriteInteger(iterations);
                        using (writer.PushSequence())
                        {
                            writer.WriteObjectIdentifier(prfOid);
                            writer.WriteNull();
                        }
                    }
                }
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(cipherOid);
                    writer.WriteOctetString(new byte[ivLength]);
                }
            }
        }
        return writer.Encode();
    }

    /// <summary>SafeContents holding one safeContentsBag that holds <paramref name="safeContents"/>: one level of nesting.</summary>
    public static byte[] Nested(byte[] safeContents) => SafeContents(Bag("1.2.840.113549.1.12.10.1.6", safeContents));

    /// <summary>SafeContents of already encoded SafeBags.</summary>
    public static byte[] SafeContents(params byte[][] bags)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            foreach (var bag in bags)
                writer.WriteEncodedValue(bag);
        }
        return writer.Encode();
    }

    /// <summary>SafeBag { bagId, [0] bagValue } with any encoded value and no attributes.</summary>
    public static byte[] Bag(string bagId, byte[] value)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(bagId);
            using (writer.PushSequence(Explicit0))
                writer.WriteEncodedValue(value);
        }
        return writer.Encode();
    }

    /// <summary>SafeContents of certificate bags, each optionally with a localKeyId.</summary>
    public static byte[] CertificateSafeContents(params (byte[] Der, byte[]? LocalKeyId)[] certificates)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            foreach (var (der, localKeyId) in certificates)
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(CertBag);
                    using (writer.PushSequence(Explicit0))
                    using (writer.PushSequence())
                    {
                        writer.WriteObjectIdentifier("1.2.840.113549.1.9.22.1");
                        using (writer.PushSequence(Explicit0))
                            writer.WriteOctetString(der);
                    }
                    if (localKeyId != null)
                    {
                        using (writer.PushSetOf())
                        using (writer.PushSequence())
                        {
                            writer.WriteObjectIdentifier("1.2.840.113549.1.9.21");
                            using (writer.PushSetOf())
                                writer.WriteOctetString(localKeyId);
                        }
                    }
                }
            }
        }
        return writer.Encode();
    }

    /// <summary>MacData { DigestInfo { digest, mac }, salt, iterations } with a MAC that need not verify.</summary>
    public static byte[] MacData(string digestOid, BigInteger iterations, int macLength = 20)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(digestOid);
                    writer.WriteNull();
                }
                writer.WriteOctetString(new byte[macLength]);
            }
            writer.WriteOctetString(new byte[8]);
            writer.WriteInteger(iterations);
        }
        return writer.Encode();
    }

    /// <summary>
    /// <paramref name="element"/> with <paramref name="extra"/> appended inside the constructed element that
    /// <paramref name="path"/> leads to (child indexes, from the outermost): data after the end of a structure.
    /// </summary>
    public static byte[] AppendInside(ReadOnlyMemory<byte> element, byte[] extra, params int[] path)
    {
        var reader = new AsnReader(element, AsnEncodingRules.BER);
        var tag = reader.PeekTag();
        var isSet = tag.HasSameClassAndValue(Asn1Tag.SetOf);
        var children = isSet ? reader.ReadSetOf(tag) : reader.ReadSequence(tag);
        var writer = new AsnWriter(AsnEncodingRules.BER);
        using (isSet ? writer.PushSetOf(tag) : writer.PushSequence(tag))
        {
            for (var i = 0; children.HasData; i++)
            {
                var child = children.ReadEncodedValue();
                writer.WriteEncodedValue(path.Length > 0 && i == path[0] ? AppendInside(child, extra, path[1..]) : child.Span);
            }
            if (path.Length == 0)
                writer.WriteEncodedValue(extra);
        }
        return writer.Encode();
    }
}

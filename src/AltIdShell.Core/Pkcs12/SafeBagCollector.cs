using System.Collections.Generic;
using System.Formats.Asn1;
using AltIdShell.Core.Errors;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Walks SafeContents (RFC 7292 section 4.2) and keeps the certificates and the keys' localKeyIds.
/// Key bags are skipped unread: their encrypted content is never parsed, let alone decrypted.
/// </summary>
internal sealed class SafeBagCollector
{
    // Nested safeContentsBags are legal but unseen in practice; a small depth stops a hostile file from recursing.
    private const int MaxDepth = 4;
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    private readonly Pkcs12Limits _limits;
    private readonly List<CertificateBag> _certificates = new();
    private readonly List<byte[]> _keyIds = new();
    private int _bagCount;
    private bool _passwordReadAsLatin1;

    public SafeBagCollector(Pkcs12Limits limits) => _limits = limits;

    public Pkcs12Contents ToContents() => new(_certificates, _keyIds, _passwordReadAsLatin1);

    /// <summary>Notes that a part was decrypted under the password's Latin-1 bytes (<see cref="Pkcs12Contents.PasswordReadAsLatin1"/>).</summary>
    public void PasswordWasReadAsLatin1() => _passwordReadAsLatin1 = true;

    public void ReadSafeContents(byte[] safeContents) => Read(new AsnReader(safeContents, AsnEncodingRules.BER), 0);

    private void Read(AsnReader outer, int depth) => Asn1Structure.Read(ErrorDetail.SafeContents, () =>
    {
        var bags = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        while (bags.HasData)
        {
            if (++_bagCount > _limits.MaxBags)
                throw ExportErrors.LimitExceeded(ErrorDetail.Bags, _bagCount, _limits.MaxBags);
            ReadBag(bags, depth);
        }
    });

    private void ReadBag(AsnReader safeContents, int depth) => Asn1Structure.Read(ErrorDetail.SafeBag, () =>
    {
        var bag = safeContents.ReadSequence();
        var bagId = bag.ReadObjectIdentifier();
        var value = bag.ReadSequence(Explicit0);
        var localKeyId = bag.HasData ? ReadLocalKeyId(bag.ReadSetOf()) : null;
        bag.ThrowIfNotEmpty();

        switch (bagId)
        {
            case Oids.CertBag:
                ReadCertificate(value.ReadSequence(), localKeyId);
                value.ThrowIfNotEmpty();
                break;
            case Oids.Pkcs8ShroudedKeyBag:
            case Oids.KeyBag:
                if (localKeyId != null)
                    _keyIds.Add(localKeyId);
                break;
            case Oids.SafeContentsBag:
                if (depth >= MaxDepth)
                    throw ExportErrors.LimitExceeded(ErrorDetail.NestedBagDepth, depth + 1, MaxDepth);
                Read(value, depth + 1);
                break;
        }
    });

    private void ReadCertificate(AsnReader certBag, byte[]? localKeyId)
    {
        var certType = certBag.ReadObjectIdentifier();
        if (certType != Oids.X509Certificate)
            return;
        var certValue = certBag.ReadSequence(Explicit0);
        var der = certValue.ReadOctetString();
        certValue.ThrowIfNotEmpty();
        certBag.ThrowIfNotEmpty();
        if (_certificates.Count >= _limits.MaxCertificates)
            throw ExportErrors.LimitExceeded(ErrorDetail.Certificates, _certificates.Count + 1, _limits.MaxCertificates);
        _certificates.Add(new CertificateBag(der, localKeyId));
    }

    private static byte[]? ReadLocalKeyId(AsnReader attributes)
    {
        byte[]? localKeyId = null;
        while (attributes.HasData)
        {
            var attribute = attributes.ReadSequence();
            var attributeId = attribute.ReadObjectIdentifier();
            var values = attribute.ReadSetOf();
            attribute.ThrowIfNotEmpty();
            if (attributeId == Oids.LocalKeyId)
                localKeyId = values.ReadOctetString();
        }
        return localKeyId;
    }
}

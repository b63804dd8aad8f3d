using System;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;

namespace AltIdShell.Core.Certificates;

/// <summary>
/// One X.509 certificate, decoded once on BouncyCastle's ASN.1 level, with its DER. Not BouncyCastle's X509Certificate:
/// once that type exists its ToString prints the public key through PublicKeyFactory, which roots every curve and
/// signature scheme BouncyCastle has, and the native CLI's start-up grows with its binary (issue 18).
/// </summary>
internal sealed class ParsedCertificate
{
    private readonly BasicConstraints? _basicConstraints;
    private readonly Lazy<RsaPublicKeyStructure?> _rsaKey;
    private readonly Lazy<bool> _isDer;

    private ParsedCertificate(byte[] der, X509CertificateStructure structure)
    {
        Der = der;
        Structure = structure;
        // As BouncyCastle's X509Certificate did: a broken basicConstraints or keyUsage makes the whole certificate
        // unreadable. Key usage is decoded only to be refused when broken: nothing here reads its bits.
        if (Extension(X509Extensions.BasicConstraints) is { } basicConstraints)
            _basicConstraints = BasicConstraints.GetInstance(basicConstraints);
        if (Extension(X509Extensions.KeyUsage) is { } keyUsage)
            _ = DerBitString.GetInstance(keyUsage);
        // Built on first use only: an export needs the key of the one anchor its leaf names, never the leaf's own.
        _rsaKey = new Lazy<RsaPublicKeyStructure?>(() => SignatureCheck.RsaKey(structure.SubjectPublicKeyInfo));
        _isDer = new Lazy<bool>(() => structure.GetEncoded(Asn1Encodable.Der).AsSpan().SequenceEqual(der));
    }

    /// <summary>The bytes as read; BER where the file spelled the certificate so.</summary>
    public byte[] Der { get; }

    /// <summary>The certificate in DER: <see cref="Der"/> itself unless that was spelled in BER.</summary>
    public byte[] DerEncoding => IsDer ? Der : Structure.GetEncoded(Asn1Encodable.Der);

    /// <summary>
    /// Whether the bytes are DER. BER spellings of one certificate (long lengths, a BOOLEAN TRUE other than FF) all
    /// verify, since the signature is checked over the DER form, but each has a fingerprint of its own.
    /// </summary>
    public bool IsDer => _isDer.Value;

    public X509CertificateStructure Structure { get; }

    public X509Name Subject => Structure.Subject;

    public X509Name Issuer => Structure.Issuer;

    public DateTime NotBefore => Structure.StartDate.ToDateTime();

    public DateTime NotAfter => Structure.EndDate.ToDateTime();

    public BigInteger SerialNumber => Structure.SerialNumber.Value;

    /// <summary>True when basicConstraints says cA.</summary>
    public bool IsCa => _basicConstraints?.IsCA() == true;

    /// <summary>The subject's RSA public key, or null when it has another kind of key.</summary>
    public RsaPublicKeyStructure? RsaKey => _rsaKey.Value;

    /// <summary>
    /// Decodes <paramref name="der"/> (exactly one certificate). Throws ArgumentException, InvalidCastException,
    /// IOException or InvalidOperationException for bytes that are not a certificate.
    /// </summary>
    public static ParsedCertificate Decode(byte[] der) =>
        new(der, X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(der)) ?? throw new ArgumentException("No certificate.", nameof(der)));

    /// <summary>A certificate carried inside another structure (an OCSP answer's responder certificates).</summary>
    public static ParsedCertificate From(X509CertificateStructure structure) => new(structure.GetEncoded(Asn1Encodable.Der), structure);

    /// <summary>The decoded value of the extension, or null when the certificate has none (extensions exist from v3 only).</summary>
    public Asn1Object? Extension(DerObjectIdentifier oid)
    {
        var extension = Structure.Version >= 3 ? Structure.TbsCertificate.Extensions?.GetExtension(oid) : null;
        return extension is null ? null : Asn1Object.FromByteArray(extension.Value.GetOctets());
    }
}

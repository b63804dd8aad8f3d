namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// H^r(message): a hash applied to a message and then <c>r - 1</c> times to its own output, the loop at the heart of
/// the PKCS#12 key derivation (RFC 7292 appendix B.2, step 6a). Instances hold no state, so the MAC check and the
/// decryption can share one.
/// </summary>
internal abstract class IteratedHash
{
    public static readonly IteratedHash Sha1 = new Sha1IteratedHash();
    public static readonly IteratedHash Sha224 = new Sha256IteratedHash(truncatedTo224: true);
    public static readonly IteratedHash Sha256 = new Sha256IteratedHash(truncatedTo224: false);

    /// <summary>The input block size, v in RFC 7292.</summary>
    public abstract int BlockBytes { get; }

    /// <summary>The output size, u in RFC 7292.</summary>
    public abstract int OutputBytes { get; }

    /// <summary>
    /// Writes H^<paramref name="iterations"/>(<paramref name="message"/>) to the first OutputBytes of
    /// <paramref name="output"/>, telling <paramref name="meter"/> of each <see cref="DerivationMeter.Stride"/>
    /// iterations (one hash block each), which stops the loop when the caller cancels.
    /// </summary>
    public abstract void Hash(byte[] message, int iterations, byte[] output, DerivationMeter meter);

    /// <summary>
    /// The derivation's hash for a MAC digest OID, or null when we do not support it. SHA-1 and SHA-256 (and SHA-224,
    /// which is SHA-256 cut short) are the ones real files use and have their own fast loop; the rest go through
    /// BouncyCastle's digests.
    /// </summary>
    public static IteratedHash? ForDigestOid(string oid) => oid switch
    {
        Oids.Sha1 => Sha1,
        Oids.Sha224 => Sha224,
        Oids.Sha256 => Sha256,
        _ => Digests.ForDigestOid(oid) is { } digest ? new DigestIteratedHash(digest) : null,
    };
}

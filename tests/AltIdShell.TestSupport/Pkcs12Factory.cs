using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace AltIdShell.TestSupport;

/// <summary>How a generated .p12 is put together; every field maps to one Pkcs12Builder choice.</summary>
public sealed record Pkcs12Layout
{
    /// <summary>Null: certificates in plain data (only the key shrouded), as some real files have it.</summary>
    public PbeParameters? CertificateEncryption { get; init; } = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2048);
    public PbeParameters KeyEncryption { get; init; } = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2048);
    /// <summary>Null: no MAC at all.</summary>
    public HashAlgorithmName? MacHash { get; init; } = HashAlgorithmName.SHA256;
    public int MacIterations { get; init; } = 2048;
    /// <summary>The key bag's own password; null means the file's password.</summary>
    public string? KeyPassword { get; init; }
    public bool WithLocalKeyIds { get; init; } = true;
    public bool WithKey { get; init; } = true;
    /// <summary>Certificate order in the file: indexes into (leaf, issuer, root).</summary>
    public int[] Order { get; init; } = { 0, 1, 2 };
}

/// <summary>Writes PKCS#12 files with .NET's own Pkcs12Builder.</summary>
public static class Pkcs12Factory
{
    public static byte[] Build(CertificateFactory.Chain chain, string? password, Pkcs12Layout? layout = null) =>
        Build(new[] { chain.Leaf, chain.Issuer, chain.Root }, chain.Leaf, password, layout ?? new Pkcs12Layout());

    /// <summary>Any certificates, with <paramref name="keyOwner"/>'s key (if any) bound to it by localKeyId.</summary>
    public static byte[] Build(IReadOnlyList<X509Certificate2> certificates, X509Certificate2? keyOwner, string? password, Pkcs12Layout layout)
    {
        var keyId = new Pkcs9LocalKeyId(new byte[] { 1, 0, 0, 0 });
        var certContents = new Pkcs12SafeContents();
        foreach (var index in layout.Order.Where(i => i < certificates.Count))
        {
            var bag = certContents.AddCertificate(X509CertificateLoader.LoadCertificate(certificates[index].RawData));
            if (layout.WithLocalKeyIds && ReferenceEquals(certificates[index], keyOwner))
                bag.Attributes.Add(keyId);
        }

        var builder = new Pkcs12Builder();
        if (layout.WithKey && keyOwner != null)
        {
            var keyContents = new Pkcs12SafeContents();
            using var key = (AsymmetricAlgorithm?)keyOwner.GetECDsaPrivateKey() ?? keyOwner.GetRSAPrivateKey()!;
            var keyBag = keyContents.AddShroudedKey(key, layout.KeyPassword ?? password, layout.KeyEncryption);
            if (layout.WithLocalKeyIds)
                keyBag.Attributes.Add(keyId);
            builder.AddSafeContentsUnencrypted(keyContents);
        }
        if (layout.CertificateEncryption is null)
            builder.AddSafeContentsUnencrypted(certContents);
        else
            builder.AddSafeContentsEncrypted(certContents, password, layout.CertificateEncryption);

        if (layout.MacHash is { } hash)
            builder.SealWithMac(password, hash, layout.MacIterations);
        else
            builder.SealWithoutIntegrity();
        return builder.Encode();
    }
}

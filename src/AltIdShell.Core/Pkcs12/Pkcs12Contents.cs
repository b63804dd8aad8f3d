using System.Collections.Generic;

namespace AltIdShell.Core.Pkcs12;

/// <summary>What a .p12 holds that we may look at: its certificates, and the ids of its (still encrypted) keys.</summary>
internal sealed class Pkcs12Contents
{
    public Pkcs12Contents(IReadOnlyList<CertificateBag> certificates, IReadOnlyList<byte[]> keyIds)
    {
        Certificates = certificates;
        KeyIds = keyIds;
    }

    public IReadOnlyList<CertificateBag> Certificates { get; }

    /// <summary>localKeyId attributes of the key bags; read from outside the key's encryption, never decrypted.</summary>
    public IReadOnlyList<byte[]> KeyIds { get; }
}

/// <summary>One X.509 certificate bag: the certificate as stored, and its localKeyId if it has one.</summary>
internal sealed class CertificateBag
{
    public CertificateBag(byte[] der, byte[]? localKeyId)
    {
        Der = der;
        LocalKeyId = localKeyId;
    }

    public byte[] Der { get; }
    public byte[]? LocalKeyId { get; }
}

using System.Collections.Generic;
using AltIdShell.Core.Export;

namespace AltIdShell.Core.Certificates;

/// <summary>The certificates a certificate file holds, and what else is in it that the user should know about.</summary>
internal sealed class CertificateContainer
{
    public CertificateContainer(CertificateContainerKind kind, CerFormat encoding, IReadOnlyList<byte[]> certificates,
        bool containsPrivateKey, bool hasOtherData)
    {
        Kind = kind;
        Encoding = encoding;
        Certificates = certificates;
        ContainsPrivateKey = containsPrivateKey;
        HasOtherData = hasOtherData;
    }

    public CertificateContainerKind Kind { get; }

    /// <summary>DER for binary files; PEM for text, with or without the PEM armour.</summary>
    public CerFormat Encoding { get; }

    /// <summary>The certificates as encoded in the file, in file order; none in an empty bundle.</summary>
    public IReadOnlyList<byte[]> Certificates { get; }

    /// <summary>A PEM private key block sits beside the certificates: the file must never be shared.</summary>
    public bool ContainsPrivateKey { get; }

    /// <summary>Bytes outside the certificate blocks: text, other PEM blocks, or data after the DER structure.</summary>
    public bool HasOtherData { get; }
}

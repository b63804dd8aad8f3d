using System.Collections.Generic;
using AltIdShell.Core.Export;

namespace AltIdShell.Core.Certificates;

/// <summary>The certificates a certificate file holds, and what else is in it that the user should know about.</summary>
/// <param name="Kind">A plain certificate file, or a PKCS#7 bundle.</param>
/// <param name="Encoding">DER for binary files; PEM for text, with or without the PEM armour.</param>
/// <param name="Certificates">The certificates as encoded in the file, in file order; none in an empty bundle.</param>
/// <param name="ContainsPrivateKey">A PEM private key block sits beside the certificates: the file must never be shared.</param>
/// <param name="HasOtherData">Bytes outside the certificate blocks: text, other PEM blocks, or data after the DER structure.</param>
internal sealed record CertificateContainer(
    CertificateContainerKind Kind, CerFormat Encoding, IReadOnlyList<byte[]> Certificates, bool ContainsPrivateKey, bool HasOtherData);

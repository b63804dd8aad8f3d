using System.Collections.Generic;

namespace AltIdShell.Core.Pkcs12;

/// <summary>What a .p12 holds that we may look at: its certificates, and the ids of its (still encrypted) keys.</summary>
/// <param name="Certificates">The X.509 certificate bags, in file order.</param>
/// <param name="KeyIds">localKeyId attributes of the key bags; read from outside the key's encryption, never decrypted.</param>
internal sealed record Pkcs12Contents(IReadOnlyList<CertificateBag> Certificates, IReadOnlyList<byte[]> KeyIds);

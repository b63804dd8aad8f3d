using System.Collections.Generic;

namespace AltIdShell.Core.Pkcs12;

/// <summary>What a .p12 holds that we may look at: its certificates, and the ids of its (still encrypted) keys.</summary>
/// <param name="Certificates">The X.509 certificate bags, in file order.</param>
/// <param name="KeyIds">localKeyId attributes of the key bags; read from outside the key's encryption, never decrypted.</param>
/// <param name="PasswordReadAsLatin1">
/// True when certificates were encrypted (PBES2) under the password's Latin-1 bytes rather than its UTF-8 ones, as old
/// Java (JSafe) writers did, while the MAC confirmed the password: worth telling the user
/// (<see cref="Pkcs12ReadingText.PasswordReadAsLatin1"/>), since other tools may refuse the file.
/// </param>
internal sealed record Pkcs12Contents(IReadOnlyList<CertificateBag> Certificates, IReadOnlyList<byte[]> KeyIds,
    bool PasswordReadAsLatin1 = false);

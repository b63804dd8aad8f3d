namespace AltIdShell.Core.Pkcs12;

/// <summary>One ContentInfo of the AuthenticatedSafe: plain SafeContents, or ciphertext with the scheme that decrypts it.</summary>
/// <param name="Scheme">Null for plain data.</param>
/// <param name="Content">The SafeContents, or the ciphertext that decrypts to them.</param>
internal sealed record ContentPart(PbeScheme? Scheme, byte[] Content);

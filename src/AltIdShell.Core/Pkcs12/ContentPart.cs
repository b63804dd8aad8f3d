namespace AltIdShell.Core.Pkcs12;

/// <summary>One ContentInfo of the AuthenticatedSafe: plain SafeContents, or ciphertext with the scheme that decrypts it.</summary>
internal sealed class ContentPart
{
    public ContentPart(PbeScheme? scheme, byte[] content)
    {
        Scheme = scheme;
        Content = content;
    }

    /// <summary>Null for plain data.</summary>
    public PbeScheme? Scheme { get; }
    public byte[] Content { get; }
}

using System.Security.Cryptography;

namespace AltIdShell.TestSupport;

/// <summary>
/// RSA keys for a root, an issuing CA and a leaf, made once per test run: making RSA keys is what makes a chain slow,
/// and a distinct set is all that "another CA with the same name" needs. Each use gets its own RSA object.
/// </summary>
public sealed class PssKeys
{
    // Smaller than the real 3072/4096 bits so a suite makes them quickly; the signature scheme is what is under test.
    private const int KeyBits = 2048;

    private readonly Lazy<RSAParameters> _root = new(Make);
    private readonly Lazy<RSAParameters> _issuer = new(Make);
    private readonly Lazy<RSAParameters> _leaf = new(Make);

    public static PssKeys First { get; } = new();
    public static PssKeys Second { get; } = new();

    public RSA Root() => RSA.Create(_root.Value);
    public RSA Issuer() => RSA.Create(_issuer.Value);
    public RSA Leaf() => RSA.Create(_leaf.Value);

    private static RSAParameters Make()
    {
        using var key = RSA.Create(KeyBits);
        return key.ExportParameters(includePrivateParameters: true);
    }
}

using System;
using System.Runtime.InteropServices;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// OpenSSL's PKCS#12 key derivation, called in the libcrypto that Linux (and .NET on Linux) already has. One native
/// call runs the whole loop of up to hundreds of thousands of hashes with the CPU's SHA instructions, several times
/// faster than a managed digest. Only on Linux: on Windows a DLL of that name would be looked up on the search path.
/// </summary>
internal static class LibCrypto
{
    private const string Library = "libcrypto.so.3";

    private static readonly Lazy<bool> IsAvailable = new(Probe);

    /// <summary>The derived bytes, or null where libcrypto is not at hand or does not know the digest.</summary>
    public static byte[]? TryPkcs12KeyGen(string digestName, byte id, byte[] password, byte[] salt, int iterations, int length)
    {
        if (!IsAvailable.Value)
            return null;
        var digest = EVP_get_digestbyname(digestName);
        if (digest == IntPtr.Zero)
            return null;
        var output = new byte[length];
        // An empty array marshals as a null pointer, which OpenSSL refuses; a zero length over a real buffer it takes.
        if (PKCS12_key_gen_uni(NonNull(password), password.Length, NonNull(salt), salt.Length, id, iterations, length, output, digest) == 1)
            return output;
        // OpenSSL fails when password and salt are both empty (a zero-byte allocation). The error stays queued in a
        // library .NET's own cryptography shares in this process, so clear it.
        ERR_clear_error();
        return null;
    }

    private static byte[] NonNull(byte[] bytes) => bytes.Length == 0 ? new byte[1] : bytes;

    private static bool Probe()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            return false;
        try
        {
            return EVP_get_digestbyname("SHA1") != IntPtr.Zero;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    [DllImport(Library, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern IntPtr EVP_get_digestbyname(string name);

    [DllImport(Library)]
    private static extern void ERR_clear_error();

    [DllImport(Library)]
    private static extern int PKCS12_key_gen_uni(byte[] password, int passwordLength, byte[] salt, int saltLength,
        int id, int iterations, int length, byte[] output, IntPtr digest);
}

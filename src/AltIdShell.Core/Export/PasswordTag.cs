using System;
using System.Linq;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace AltIdShell.Core.Export;

/// <summary>
/// Recognises a password without keeping it: HMAC-SHA-256 under a key this process draws once. A bare hash would let
/// whoever reads the process's memory test a guess with one SHA-256 instead of the file's key derivation (102,400 SHA-1
/// compressions and more); under a key nobody else knows, the tag tells nothing. The key is two GUIDs, 244 bits from
/// the system's strong random generator (as documented for Guid.NewGuid on Windows and, since .NET 6, elsewhere):
/// RandomNumberGenerator would load OpenSSL into every Linux process. Through BouncyCastle, like every digest of the engine.
/// </summary>
internal static class PasswordTag
{
    private static readonly byte[] Key = Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray();

    /// <summary>Equal for one password (null included), different for any other.</summary>
    public static byte[] Of(string? password)
    {
        var input = password is null ? new byte[] { 0 } : new byte[] { 1 }.Concat(Encoding.UTF8.GetBytes(password)).ToArray();
        var hmac = new HMac(new Sha256Digest());
        hmac.Init(new KeyParameter(Key));
        hmac.BlockUpdate(input, 0, input.Length);
        var tag = new byte[hmac.GetMacSize()];
        hmac.DoFinal(tag, 0);
        return tag;
    }
}

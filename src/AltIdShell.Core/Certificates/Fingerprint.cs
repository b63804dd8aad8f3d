using System;
using System.Globalization;
using System.Linq;
using AltIdShell.Core.Pkcs12;
using Org.BouncyCastle.Crypto;

namespace AltIdShell.Core.Certificates;

/// <summary>Fingerprints as Windows and OpenSSL show them: upper-case hex, colon-separated.</summary>
public static class Fingerprint
{
    internal static string Of(IDigest digest, byte[] data) => Hex(Digests.Hash(digest, data), ':');

    internal static string Hex(byte[] bytes, char? separator) =>
        string.Join(separator?.ToString() ?? string.Empty, bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>Upper-case hex without separators, so fingerprints typed either way compare equal.</summary>
    public static string Normalize(string fingerprint) =>
        new string(fingerprint.Where(Uri.IsHexDigit).Select(char.ToUpperInvariant).ToArray());
}

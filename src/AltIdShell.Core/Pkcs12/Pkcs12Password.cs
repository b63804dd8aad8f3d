using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// The byte strings a password turns into, per RFC 7292 appendix B (legacy PBE and MAC: BMPString) and RFC 8018
/// (PBES2: UTF-8, as OpenSSL 3, Java and .NET write it). Writers disagree at the edges, so the legacy form comes
/// with the alternatives Windows and OpenSSL also accept.
/// </summary>
internal sealed class Pkcs12Password
{
    public Pkcs12Password(string? password)
    {
        // Replacing, not throwing, on a lone surrogate: a throwing encoder escapes as ArgumentException and names
        // the offending character and its position, which is part of the password.
        Utf8 = password is null ? new byte[0] : Encoding.UTF8.GetBytes(password);
        LegacyCandidates = BuildLegacyCandidates(password);
        Latin1 = BuildLatin1(password);
    }

    /// <summary>The PBES2/PBKDF2 input.</summary>
    public byte[] Utf8 { get; }

    /// <summary>
    /// The password's ISO 8859-1 bytes, when they differ from <see cref="Utf8"/> and every character has one; else
    /// null. RFC 8018 leaves the encoding of a PBES2 password open, and old Java (JSafe) writers used these.
    /// </summary>
    public byte[]? Latin1 { get; }

    /// <summary>The legacy KDF inputs to try, most likely first.</summary>
    public IReadOnlyList<byte[]> LegacyCandidates { get; }

    /// <summary>UTF-16 big-endian plus two zero bytes; no password at all is no bytes.</summary>
    public static byte[] ToBmpString(string? password)
    {
        if (password is null)
            return new byte[0];
        var bytes = Encoding.BigEndianUnicode.GetBytes(password);
        var withTerminator = new byte[bytes.Length + 2];
        bytes.CopyTo(withTerminator, 0);
        return withTerminator;
    }

    private static byte[]? BuildLatin1(string? password)
    {
        // Encoding.Latin1 is not in netstandard2.0; ISO 8859-1 is the first 256 code points, one byte each.
        if (password is null || password.Any(c => c > 0xFF) || password.All(c => c < 0x80))
            return null;
        return password.Select(c => (byte)c).ToArray();
    }

    private static IReadOnlyList<byte[]> BuildLegacyCandidates(string? password)
    {
        var candidates = new List<byte[]> { ToBmpString(password) };
        // An empty password and no password differ in PKCS#12 (two zero bytes vs nothing); writers pick either,
        // and Windows tries both.
        if (string.IsNullOrEmpty(password))
            candidates.Add(ToBmpString(password is null ? string.Empty : null));
        else
        {
            // OpenSSL before 1.1.0 widened each UTF-8 byte into a BMP character; OpenSSL 3 still accepts such files.
            var widened = ToBmpString(new string(Encoding.UTF8.GetBytes(password).Select(b => (char)b).ToArray()));
            if (!widened.SequenceEqual(candidates[0]))
                candidates.Add(widened);
        }
        return candidates;
    }
}

using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace AltIdShell.TestSupport;

/// <summary>
/// Gives any PFX a PBMAC1 MAC (RFC 9579) made with .NET's own PBKDF2 and HMAC-SHA256, independent of the engine's
/// BouncyCastle code, and with the parameters a hostile file might choose (a missing or 1-byte key length).
/// </summary>
public static class Pbmac1Writer
{
    private const string Pbmac1 = "1.2.840.113549.1.5.14";
    private const string Pbkdf2 = "1.2.840.113549.1.5.12";
    private const string HmacWithSha256 = "1.2.840.113549.2.9";

    /// <summary>
    /// <paramref name="pfx"/> with its MacData replaced; the MAC is computed with a <paramref name="keyBytes"/>-byte
    /// PBKDF2 key (32 when null) from the UTF-8 <paramref name="password"/>, and the key length written only when
    /// <paramref name="statedKeyLength"/>.
    /// </summary>
    public static byte[] Remac(byte[] pfx, string password, int? keyBytes = 32, long iterations = 2048, bool statedKeyLength = true)
    {
        var outer = new AsnReader(pfx, AsnEncodingRules.BER).ReadSequence();
        var version = outer.ReadInteger();
        var authSafe = outer.ReadEncodedValue().ToArray();
        var authenticatedSafe = new AsnReader(authSafe, AsnEncodingRules.BER).ReadSequence();
        authenticatedSafe.ReadObjectIdentifier();
        var content = authenticatedSafe.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadOctetString();

        var salt = RandomNumberGenerator.GetBytes(16);
        var keyLength = keyBytes ?? 32;
        var mac = iterations <= int.MaxValue
            ? HMACSHA256.HashData(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, (int)iterations, HashAlgorithmName.SHA256, keyLength), content)
            : new byte[32];

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(version);
            writer.WriteEncodedValue(authSafe);
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    using (writer.PushSequence())
                    {
                        writer.WriteObjectIdentifier(Pbmac1);
                        using (writer.PushSequence())
                        {
                            using (writer.PushSequence())
                            {
                                writer.WriteObjectIdentifier(Pbkdf2);
                                using (writer.PushSequence())
                                {
                                    writer.WriteOctetString(salt);
                                    writer.WriteInteger(iterations);
                                    if (statedKeyLength)
                                        writer.WriteInteger(keyLength);
                                    HmacSha256Algorithm(writer);
                                }
                            }
                            HmacSha256Algorithm(writer);
                        }
                    }
                    writer.WriteOctetString(mac);
                }
                writer.WriteOctetString(Encoding.ASCII.GetBytes("NOT USED"));
                writer.WriteInteger(1);
            }
        }
        return writer.Encode();
    }

    private static void HmacSha256Algorithm(AsnWriter writer)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(HmacWithSha256);
            writer.WriteNull();
        }
    }
}

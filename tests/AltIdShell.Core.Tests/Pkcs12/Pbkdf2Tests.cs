using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;
using AltIdShell.Core.Pkcs12;

namespace AltIdShell.Core.Tests.Pkcs12;

/// <summary>Our PBKDF2 loop, which stops when cancelled, gives .NET's Rfc2898DeriveBytes output byte for byte.</summary>
public sealed class Pbkdf2Tests
{
    public static TheoryData<string, string, int, int> Cases() => new()
    {
        { "1.2.840.113549.2.7", "SHA1", 1, 20 },
        { "1.2.840.113549.2.7", "SHA1", 2, 32 },
        { "1.2.840.113549.2.9", "SHA256", 4097, 32 },
        { "1.2.840.113549.2.9", "SHA256", 10_000, 48 },
        { "1.2.840.113549.2.11", "SHA512", 8193, 24 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_Rfc2898DeriveBytes(string prfOid, string hash, int iterations, int keyBytes)
    {
        var password = Encoding.UTF8.GetBytes("Mötley Crüe");
        var salt = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

        var ours = Read(salt, iterations, prfOid).DeriveKey(password, keyBytes);

        Assert.Equal(Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, new HashAlgorithmName(hash), keyBytes), ours);
    }

    private static Pbkdf2Parameters Read(byte[] salt, int iterations, string prfOid)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.2.840.113549.1.5.12");
            using (writer.PushSequence())
            {
                writer.WriteOctetString(salt);
                writer.WriteInteger(iterations);
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(prfOid);
                    writer.WriteNull();
                }
            }
        }
        return Pbkdf2Parameters.Read(new AsnReader(writer.Encode(), AsnEncodingRules.DER), "PBES2", Pkcs12Limits.Default);
    }
}

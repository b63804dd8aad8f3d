namespace AltIdShell.Core.Pkcs12;

/// <summary>H^r for SHA-1 (FIPS 180-4 section 6.1), the digest of every legacy .p12's key derivation.</summary>
internal sealed class Sha1IteratedHash : WordIteratedHash
{
    public Sha1IteratedHash()
        : base(new uint[] { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 }, outputWords: 5, scheduleWords: 80)
    {
    }

    protected override void Compress(uint[] state, uint[] w)
    {
        for (var t = 16; t < 80; t++)
            w[t] = RotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);

        // Five rounds a pass: each round's new word lands in the variable that has just fallen out of use, and after
        // five the names are back in their places, so no word is moved.
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (var t = 0; t < 20; t += 5)
        {
            e += RotateLeft(a, 5) + (d ^ (b & (c ^ d))) + 0x5A827999 + w[t]; b = RotateLeft(b, 30);
            d += RotateLeft(e, 5) + (c ^ (a & (b ^ c))) + 0x5A827999 + w[t + 1]; a = RotateLeft(a, 30);
            c += RotateLeft(d, 5) + (b ^ (e & (a ^ b))) + 0x5A827999 + w[t + 2]; e = RotateLeft(e, 30);
            b += RotateLeft(c, 5) + (a ^ (d & (e ^ a))) + 0x5A827999 + w[t + 3]; d = RotateLeft(d, 30);
            a += RotateLeft(b, 5) + (e ^ (c & (d ^ e))) + 0x5A827999 + w[t + 4]; c = RotateLeft(c, 30);
        }
        for (var t = 20; t < 80; t += 5)
        {
            if (t >= 40 && t < 60)
            {
                e += RotateLeft(a, 5) + ((b & c) | (d & (b | c))) + 0x8F1BBCDC + w[t]; b = RotateLeft(b, 30);
                d += RotateLeft(e, 5) + ((a & b) | (c & (a | b))) + 0x8F1BBCDC + w[t + 1]; a = RotateLeft(a, 30);
                c += RotateLeft(d, 5) + ((e & a) | (b & (e | a))) + 0x8F1BBCDC + w[t + 2]; e = RotateLeft(e, 30);
                b += RotateLeft(c, 5) + ((d & e) | (a & (d | e))) + 0x8F1BBCDC + w[t + 3]; d = RotateLeft(d, 30);
                a += RotateLeft(b, 5) + ((c & d) | (e & (c | d))) + 0x8F1BBCDC + w[t + 4]; c = RotateLeft(c, 30);
            }
            else
            {
                var k = t < 40 ? 0x6ED9EBA1u : 0xCA62C1D6u;
                e += RotateLeft(a, 5) + (b ^ c ^ d) + k + w[t]; b = RotateLeft(b, 30);
                d += RotateLeft(e, 5) + (a ^ b ^ c) + k + w[t + 1]; a = RotateLeft(a, 30);
                c += RotateLeft(d, 5) + (e ^ a ^ b) + k + w[t + 2]; e = RotateLeft(e, 30);
                b += RotateLeft(c, 5) + (d ^ e ^ a) + k + w[t + 3]; d = RotateLeft(d, 30);
                a += RotateLeft(b, 5) + (c ^ d ^ e) + k + w[t + 4]; c = RotateLeft(c, 30);
            }
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }
}

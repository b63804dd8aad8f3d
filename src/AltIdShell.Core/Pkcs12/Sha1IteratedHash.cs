namespace AltIdShell.Core.Pkcs12;

/// <summary>H^r for SHA-1 (FIPS 180-4 section 6.1), the digest of every legacy .p12's key derivation.</summary>
internal sealed class Sha1IteratedHash : WordIteratedHash
{
    public Sha1IteratedHash()
        : base(new uint[] { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 }, outputWords: 5, scheduleWords: 80)
    {
    }

    protected override unsafe void Compress(uint* state, uint* w)
    {
        // Walking pointers rather than w[t - 3]: an index becomes an addressing mode instead of two instructions.
        for (uint* p = w + 16, end = w + 80; p < end; p += 2)
        {
            p[0] = RotateLeft(p[-3] ^ p[-8] ^ p[-14] ^ p[-16], 1);
            p[1] = RotateLeft(p[-2] ^ p[-7] ^ p[-13] ^ p[-15], 1);
        }

        // Five rounds a pass: each round's new word lands in the variable that has just fallen out of use, and after
        // five the names are back in their places, so no word is moved.
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (uint* p = w, end = w + 20; p < end; p += 5)
        {
            e += RotateLeft(a, 5) + (d ^ (b & (c ^ d))) + 0x5A827999 + p[0]; b = RotateLeft(b, 30);
            d += RotateLeft(e, 5) + (c ^ (a & (b ^ c))) + 0x5A827999 + p[1]; a = RotateLeft(a, 30);
            c += RotateLeft(d, 5) + (b ^ (e & (a ^ b))) + 0x5A827999 + p[2]; e = RotateLeft(e, 30);
            b += RotateLeft(c, 5) + (a ^ (d & (e ^ a))) + 0x5A827999 + p[3]; d = RotateLeft(d, 30);
            a += RotateLeft(b, 5) + (e ^ (c & (d ^ e))) + 0x5A827999 + p[4]; c = RotateLeft(c, 30);
        }
        for (uint* p = w + 20, majorityStart = w + 40, majorityEnd = w + 60, end = w + 80; p < end; p += 5)
        {
            if (p >= majorityStart && p < majorityEnd)
            {
                e += RotateLeft(a, 5) + ((b & c) | (d & (b | c))) + 0x8F1BBCDC + p[0]; b = RotateLeft(b, 30);
                d += RotateLeft(e, 5) + ((a & b) | (c & (a | b))) + 0x8F1BBCDC + p[1]; a = RotateLeft(a, 30);
                c += RotateLeft(d, 5) + ((e & a) | (b & (e | a))) + 0x8F1BBCDC + p[2]; e = RotateLeft(e, 30);
                b += RotateLeft(c, 5) + ((d & e) | (a & (d | e))) + 0x8F1BBCDC + p[3]; d = RotateLeft(d, 30);
                a += RotateLeft(b, 5) + ((c & d) | (e & (c | d))) + 0x8F1BBCDC + p[4]; c = RotateLeft(c, 30);
            }
            else
            {
                var k = p < majorityStart ? 0x6ED9EBA1u : 0xCA62C1D6u;
                e += RotateLeft(a, 5) + (b ^ c ^ d) + k + p[0]; b = RotateLeft(b, 30);
                d += RotateLeft(e, 5) + (a ^ b ^ c) + k + p[1]; a = RotateLeft(a, 30);
                c += RotateLeft(d, 5) + (e ^ a ^ b) + k + p[2]; e = RotateLeft(e, 30);
                b += RotateLeft(c, 5) + (d ^ e ^ a) + k + p[3]; d = RotateLeft(d, 30);
                a += RotateLeft(b, 5) + (c ^ d ^ e) + k + p[4]; c = RotateLeft(c, 30);
            }
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }
}

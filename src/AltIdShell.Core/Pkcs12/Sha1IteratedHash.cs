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
        // Each word needs the one three before it. Carried in x, y and z, that word comes from a register; read back
        // from memory it came through the store just made, and the schedule, a chain of such waits, took a third of
        // the compression (issue 18). Walking pointers rather than w[t - 8]: an index becomes an addressing mode.
        uint x = w[13], y = w[14], z = w[15];
        var next = w + 16;
        for (var end = w + 79; next < end; next += 3)
        {
            next[0] = x = RotateLeft(x ^ next[-8] ^ next[-14] ^ next[-16], 1);
            next[1] = y = RotateLeft(y ^ next[-7] ^ next[-13] ^ next[-15], 1);
            next[2] = z = RotateLeft(z ^ next[-6] ^ next[-12] ^ next[-14], 1);
        }
        next[0] = RotateLeft(x ^ next[-8] ^ next[-14] ^ next[-16], 1);

        // Five rounds a pass: each round's new word lands in the variable that has just fallen out of use, and after
        // five the names are back in their places, so no word is moved. Each sum is written with the previous round's
        // word (rotated by 5) last: the compiler adds in the order written, so everything else is summed while that
        // word is still being made, and the chain from round to round is one rotate and one add. Rotate first, as the
        // standard writes it, took a third longer.
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (uint* p = w, end = w + 20; p < end; p += 5)
        {
            e = e + p[0] + 0x5A827999 + (d ^ (b & (c ^ d))) + RotateLeft(a, 5); b = RotateLeft(b, 30);
            d = d + p[1] + 0x5A827999 + (c ^ (a & (b ^ c))) + RotateLeft(e, 5); a = RotateLeft(a, 30);
            c = c + p[2] + 0x5A827999 + (b ^ (e & (a ^ b))) + RotateLeft(d, 5); e = RotateLeft(e, 30);
            b = b + p[3] + 0x5A827999 + (a ^ (d & (e ^ a))) + RotateLeft(c, 5); d = RotateLeft(d, 30);
            a = a + p[4] + 0x5A827999 + (e ^ (c & (d ^ e))) + RotateLeft(b, 5); c = RotateLeft(c, 30);
        }
        for (uint* p = w + 20, majorityStart = w + 40, majorityEnd = w + 60, end = w + 80; p < end; p += 5)
        {
            if (p >= majorityStart && p < majorityEnd)
            {
                e = e + p[0] + 0x8F1BBCDC + ((b & c) | (d & (b | c))) + RotateLeft(a, 5); b = RotateLeft(b, 30);
                d = d + p[1] + 0x8F1BBCDC + ((a & b) | (c & (a | b))) + RotateLeft(e, 5); a = RotateLeft(a, 30);
                c = c + p[2] + 0x8F1BBCDC + ((e & a) | (b & (e | a))) + RotateLeft(d, 5); e = RotateLeft(e, 30);
                b = b + p[3] + 0x8F1BBCDC + ((d & e) | (a & (d | e))) + RotateLeft(c, 5); d = RotateLeft(d, 30);
                a = a + p[4] + 0x8F1BBCDC + ((c & d) | (e & (c | d))) + RotateLeft(b, 5); c = RotateLeft(c, 30);
            }
            else
            {
                var k = p < majorityStart ? 0x6ED9EBA1u : 0xCA62C1D6u;
                e = e + p[0] + k + (b ^ c ^ d) + RotateLeft(a, 5); b = RotateLeft(b, 30);
                d = d + p[1] + k + (a ^ b ^ c) + RotateLeft(e, 5); a = RotateLeft(a, 30);
                c = c + p[2] + k + (e ^ a ^ b) + RotateLeft(d, 5); e = RotateLeft(e, 30);
                b = b + p[3] + k + (d ^ e ^ a) + RotateLeft(c, 5); d = RotateLeft(d, 30);
                a = a + p[4] + k + (c ^ d ^ e) + RotateLeft(b, 5); c = RotateLeft(c, 30);
            }
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }
}

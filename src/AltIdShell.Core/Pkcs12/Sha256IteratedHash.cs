namespace AltIdShell.Core.Pkcs12;

/// <summary>H^r for SHA-256 and SHA-224, which is SHA-256 with other initial words, cut to seven (FIPS 180-4 sections 6.2, 6.3).</summary>
internal sealed class Sha256IteratedHash : WordIteratedHash
{
    private static readonly uint[] K =
    {
        0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
        0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
        0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
        0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
        0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
        0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
        0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
        0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
    };

    public Sha256IteratedHash(bool truncatedTo224)
        : base(truncatedTo224
                ? new uint[] { 0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4 }
                : new uint[] { 0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19 },
            outputWords: truncatedTo224 ? 7 : 8, scheduleWords: 64)
    {
    }

    protected override unsafe void Compress(uint* state, uint* w)
    {
        for (var t = 16; t < 64; t++)
        {
            var w15 = w[t - 15];
            var w2 = w[t - 2];
            w[t] = w[t - 16] + (RotateRight(w15, 7) ^ RotateRight(w15, 18) ^ (w15 >> 3)) + w[t - 7]
                + (RotateRight(w2, 17) ^ RotateRight(w2, 19) ^ (w2 >> 10));
        }

        // SHA-256 is not the hot loop of any real file (they use it at 2,048 iterations), so the plain round with
        // its word moves is fast enough.
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < 64; t++)
        {
            var t1 = h + (RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25)) + (g ^ (e & (f ^ g))) + K[t] + w[t];
            var t2 = (RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22)) + ((a & b) | (c & (a | b)));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

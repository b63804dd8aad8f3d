using System;
using Org.BouncyCastle.Crypto;

namespace AltIdShell.Core.Pkcs12;

/// <summary>H^r over any BouncyCastle digest: for the MAC digests no real file uses (SHA-384, SHA-512, MD5).</summary>
internal sealed class DigestIteratedHash : IteratedHash
{
    private readonly Func<IDigest> _digest;

    public DigestIteratedHash(Func<IDigest> digest)
    {
        _digest = digest;
        var sample = digest();
        BlockBytes = sample.GetByteLength();
        OutputBytes = sample.GetDigestSize();
    }

    public override int BlockBytes { get; }
    public override int OutputBytes { get; }

    public override void Hash(byte[] message, int iterations, byte[] output, DerivationMeter meter)
    {
        var digest = _digest();
        digest.BlockUpdate(message, 0, message.Length);
        digest.DoFinal(output, 0);
        for (var i = 1; i < iterations;)
        {
            var end = iterations - i > DerivationMeter.Stride ? i + DerivationMeter.Stride : iterations;
            meter.Advance(end - i);
            for (; i < end; i++)
            {
                digest.BlockUpdate(output, 0, OutputBytes);
                digest.DoFinal(output, 0);
            }
        }
    }
}

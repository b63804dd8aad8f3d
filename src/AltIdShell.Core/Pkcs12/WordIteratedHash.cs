using System;
using System.Buffers.Binary;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// H^r for SHA-1 and SHA-256: big-endian 32-bit words, 64-byte blocks. After the first hash each input is exactly the
/// previous output, which fits in one block whose padding never changes; so each further iteration copies the state
/// words into the block and compresses, with no bytes, allocations or padding in between.
/// </summary>
internal abstract class WordIteratedHash : IteratedHash
{
    private const int BlockWords = 16;

    private readonly uint[] _initialState;
    private readonly int _outputWords;
    private readonly int _scheduleWords;

    protected WordIteratedHash(uint[] initialState, int outputWords, int scheduleWords)
    {
        _initialState = initialState;
        _outputWords = outputWords;
        _scheduleWords = scheduleWords;
    }

    public override int BlockBytes => BlockWords * 4;
    public override int OutputBytes => _outputWords * 4;

    /// <summary>
    /// Adds one block to <paramref name="state"/>. The block is the first 16 words of <paramref name="schedule"/>,
    /// which must stay as they are; the words after them, up to the length given to the constructor, are the
    /// compression's own to use. Pointers, because indexing arrays (bounds checks, index arithmetic) cost a fifth
    /// of the time here.
    /// </summary>
    protected abstract unsafe void Compress(uint* state, uint* schedule);

    protected static uint RotateLeft(uint x, int n) => (x << n) | (x >> (32 - n));

    protected static uint RotateRight(uint x, int n) => (x >> n) | (x << (32 - n));

    public override unsafe void Hash(byte[] message, int iterations, byte[] output, DerivationMeter meter)
    {
        var stateWords = _initialState.Length;
        var state = stackalloc uint[stateWords];
        var schedule = stackalloc uint[_scheduleWords];
        for (var i = 0; i < stateWords; i++)
            state[i] = _initialState[i];
        var padded = Padded(message);
        for (var offset = 0; offset < padded.Length; offset += BlockBytes)
        {
            for (var i = 0; i < BlockWords; i++)
                schedule[i] = BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(offset + 4 * i));
            Compress(state, schedule);
        }

        for (var i = _outputWords; i < BlockWords; i++)
            schedule[i] = 0;
        schedule[_outputWords] = 0x80000000;
        schedule[BlockWords - 1] = (uint)OutputBytes * 8;
        fixed (uint* initialState = _initialState)
        {
            for (var iteration = 1; iteration < iterations;)
            {
                // The count of this stride first, so a cancel stops before the stride rather than after it.
                var end = iterations - iteration > DerivationMeter.Stride ? iteration + DerivationMeter.Stride : iterations;
                meter.Advance(end - iteration);
                for (; iteration < end; iteration++)
                {
                    for (var i = 0; i < _outputWords; i++)
                        schedule[i] = state[i];
                    for (var i = 0; i < stateWords; i++)
                        state[i] = initialState[i];
                    Compress(state, schedule);
                }
            }
        }

        for (var i = 0; i < _outputWords; i++)
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(4 * i), state[i]);
    }

    // The message, 0x80, zeros, and its length in bits as a 64-bit big-endian number, to a whole number of blocks.
    private byte[] Padded(byte[] message)
    {
        var padded = new byte[(message.Length + 8) / BlockBytes * BlockBytes + BlockBytes];
        Buffer.BlockCopy(message, 0, padded, 0, message.Length);
        padded[message.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded.AsSpan(padded.Length - 8), (ulong)message.Length * 8);
        return padded;
    }
}

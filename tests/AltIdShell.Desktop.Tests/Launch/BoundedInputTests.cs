using AltIdShell.Desktop.Launch;

namespace AltIdShell.Desktop.Tests.Launch;

public class BoundedInputTests
{
    [Fact]
    public void Reads_everything_up_to_the_limit()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();
        Assert.Equal(bytes, BoundedInput.ReadToEnd(new MemoryStream(bytes), bytes.Length));
        Assert.Empty(BoundedInput.ReadToEnd(new MemoryStream(), 10)!);
    }

    [Fact]
    public void One_byte_over_the_limit_is_refused() =>
        Assert.Null(BoundedInput.ReadToEnd(new MemoryStream(new byte[101]), 100));

    [Fact]
    public void An_endless_stream_is_cut_off_without_reading_it_all()
    {
        var endless = new EndlessStream();
        Assert.Null(BoundedInput.ReadToEnd(endless, HandoffLimits.MaxInputBytes));
        Assert.True(endless.BytesRead <= HandoffLimits.MaxInputBytes + 64 * 1024);
    }

    [Fact]
    public void The_limit_holds_the_largest_selection_the_handoff_allows()
    {
        var widest = HandoffLimits.MaxTotalPathChars * 3 + HandoffLimits.MaxPaths * 2 + 3;
        Assert.True(HandoffLimits.MaxInputBytes >= widest);
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }
    }
}

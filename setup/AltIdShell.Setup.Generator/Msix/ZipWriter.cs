using System.IO.Hashing;
using System.Text;

namespace AltIdShell.Setup.Generator.Msix;

/// <summary>
/// The ZIP container of an MSIX package, written the way Windows' packager lays it out: every part stored or deflated
/// as <see cref="PackagePart.Deflated"/> says, with its sizes and CRC in the local header (no data descriptors), ZIP64 central-directory entries,
/// records and locator, fixed timestamps so the same input gives the same bytes. Names are plain ASCII part names.
/// </summary>
internal static class ZipWriter
{
    private const ushort Zip64Version = 45;
    private const ushort Stored = 0;
    private const ushort Deflate = 8;
    private const ushort DosDate1980 = (0 << 9) | (1 << 5) | 1;
    private const int LocalHeaderFixedSize = 30;
    private const ushort Zip64ExtraId = 0x0001;
    private const ushort Zip64ExtraSize = 24;

    /// <summary>The local file header's size for this name: what AppxBlockMap.xml's LfhSize states.</summary>
    public static int LocalHeaderSize(string name) => LocalHeaderFixedSize + Name(name).Length;

    public static void Write(Stream output, IReadOnlyList<PackagePart> parts)
    {
        var entries = new List<(byte[] Name, ushort Method, uint Crc, long Size, long StoredSize, long Offset)>();
        var writer = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true);
        foreach (var part in parts)
        {
            var name = Name(part.Name);
            var crc = Crc32.HashToUInt32(part.Data);
            var method = part.Deflated ? Deflate : Stored;
            var data = part.Deflated ? Compress(part.Data) : part.Data;
            entries.Add((name, method, crc, part.Data.Length, data.Length, output.Position));
            writer.Write(0x04034b50u);
            writer.Write(Zip64Version);
            writer.Write((ushort)0); // no flags: sizes and CRC are here, no data descriptor follows
            writer.Write(method);
            writer.Write((ushort)0); // time 00:00
            writer.Write(DosDate1980);
            writer.Write(crc);
            writer.Write(checked((uint)data.Length));
            writer.Write(checked((uint)part.Data.Length));
            writer.Write((ushort)name.Length);
            writer.Write((ushort)0);
            writer.Write(name);
            writer.Write(data);
        }

        var directoryOffset = output.Position;
        foreach (var entry in entries)
        {
            writer.Write(0x02014b50u);
            writer.Write(Zip64Version); // made by
            writer.Write(Zip64Version); // needed
            writer.Write((ushort)0);
            writer.Write(entry.Method);
            writer.Write((ushort)0);
            writer.Write(DosDate1980);
            writer.Write(entry.Crc);
            writer.Write(uint.MaxValue); // sizes and offset in the ZIP64 extra field
            writer.Write(uint.MaxValue);
            writer.Write((ushort)entry.Name.Length);
            writer.Write((ushort)(4 + Zip64ExtraSize));
            writer.Write((ushort)0); // comment
            writer.Write((ushort)0); // disk
            writer.Write((ushort)0); // internal attributes
            writer.Write(0u); // external attributes
            writer.Write(uint.MaxValue);
            writer.Write(entry.Name);
            writer.Write(Zip64ExtraId);
            writer.Write(Zip64ExtraSize);
            writer.Write((ulong)entry.Size);
            writer.Write((ulong)entry.StoredSize);
            writer.Write((ulong)entry.Offset);
        }
        var directorySize = output.Position - directoryOffset;

        var zip64RecordOffset = output.Position;
        writer.Write(0x06064b50u);
        writer.Write(44UL); // the record's size after this field
        writer.Write(Zip64Version);
        writer.Write(Zip64Version);
        writer.Write(0u);
        writer.Write(0u);
        writer.Write((ulong)entries.Count);
        writer.Write((ulong)entries.Count);
        writer.Write((ulong)directorySize);
        writer.Write((ulong)directoryOffset);

        writer.Write(0x07064b50u);
        writer.Write(0u);
        writer.Write((ulong)zip64RecordOffset);
        writer.Write(1u);

        writer.Write(0x06054b50u);
        writer.Write(ushort.MaxValue);
        writer.Write(ushort.MaxValue);
        writer.Write(ushort.MaxValue);
        writer.Write(ushort.MaxValue);
        writer.Write(uint.MaxValue);
        writer.Write(uint.MaxValue);
        writer.Write((ushort)0);
        writer.Flush();
    }

    private static byte[] Compress(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(data);
        return buffer.ToArray();
    }

    private static byte[] Name(string name)
    {
        if (name.Length == 0 || name.Any(c => c > 0x7E || c < 0x20 || c == '\\'))
            throw new ArgumentException($"'{name}' is not a plain ASCII part name.", nameof(name));
        return Encoding.ASCII.GetBytes(name);
    }
}
